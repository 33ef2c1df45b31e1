using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The letter kinds; each names a template file <c>&lt;kind&gt;.&lt;fr|nl&gt;.liquid</c> under definitions/letters.</summary>
public static class LetterKinds
{
    public const string DisDecision = "dis-decision";

    public const string EquivalentRisDecision = "equivalent-ris-decision";

    public const string HeatingAllowanceDecision = "heating-allowance-decision";

    public const string OtherAidDecision = "other-aid-decision";

    public const string InstallationPremiumDecision = "installation-premium-decision";

    /// <summary>The decision letter kind for a request type.</summary>
    public static string DecisionFor(RequestType type) => type switch
    {
        RequestType.Dis => DisDecision,
        RequestType.EquivalentRis => EquivalentRisDecision,
        RequestType.HeatingAllowance => HeatingAllowanceDecision,
        RequestType.OtherAid => OtherAidDecision,
        RequestType.InstallationPremium => InstallationPremiumDecision,
        _ => throw new NotSupportedException($"No decision letter is defined for requests of type {type}."),
    };
}
