using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The letter kinds; each names a template file <c>&lt;kind&gt;.&lt;fr|nl&gt;.liquid</c> under definitions/letters.</summary>
public static class LetterKinds
{
    public const string DisDecision = "dis-decision";

    public const string EquivalentRisDecision = "equivalent-ris-decision";

    /// <summary>The decision letter kind for a request type; only the DIS and the equivalent RIS have letters so far.</summary>
    public static string DecisionFor(RequestType type) => type switch
    {
        RequestType.Dis => DisDecision,
        RequestType.EquivalentRis => EquivalentRisDecision,
        _ => throw new NotSupportedException($"No decision letter is defined for requests of type {type}."),
    };
}
