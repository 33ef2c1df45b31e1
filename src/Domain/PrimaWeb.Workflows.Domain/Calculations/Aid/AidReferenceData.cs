using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Aid;

/// <summary>
/// The tables of the aids the CPAS decides outside the RIS: the kinds of other aid a social worker may record (each
/// saying whether it needs an A036) and the installation premium's amount and limit. An analyst changes them.
/// </summary>
public sealed class AidReferenceData
{
    public const string OtherAidKindsTable = "otherAid.kinds";
    public const string PremiumRulesTable = "installationPremium.rules";

    private AidReferenceData(ReferenceTable kinds, ReferenceTable premium)
    {
        OtherAidKinds = kinds;
        PremiumRules = premium;
    }

    /// <summary>One choice per kind of aid (the field's name is the kind): <see cref="OtherAidA036"/>.</summary>
    public ReferenceTable OtherAidKinds { get; }

    /// <summary>Amount: amount; choice: limit (<see cref="PremiumLimit"/>).</summary>
    public ReferenceTable PremiumRules { get; }

    public static AidReferenceData From(ReferenceDataSet set)
    {
        var requirements = new ReferenceRequirements(set);
        var kinds = requirements.Table(OtherAidKindsTable);
        requirements.Check(kinds, row => row.Choices.Count == 0 ? "at least one kind of aid is required." : null, "values");
        requirements.Check(kinds, row => row.Choices.Values.All(IsA036Rule) ? null : "each kind is \"needed\" or \"notNeeded\".", "values");
        var premium = requirements.Table(PremiumRulesTable, amounts: ["amount"], choices: new Dictionary<string, Type> { ["limit"] = typeof(PremiumLimit) });
        requirements.ThrowIfAny();
        return new AidReferenceData(kinds!, premium!);
    }

    /// <summary>The kinds of other aid in force on <paramref name="day"/>, in the file's order.</summary>
    public IReadOnlyList<string> KindsOn(DateOnly day) => [.. OtherAidKinds.RowOn(day).Choices.Keys];

    /// <summary>True when the kind of aid in force on <paramref name="day"/> is attested by an A036.</summary>
    public bool NeedsA036(string kind, DateOnly day) => OtherAidKinds.RowOn(day).Choice<OtherAidA036>(kind) == OtherAidA036.Needed;

    public decimal PremiumAmount(DateOnly day) => PremiumRules.RowOn(day).Amount("amount");

    public PremiumLimit PremiumLimitOn(DateOnly day) => PremiumRules.RowOn(day).Choice<PremiumLimit>("limit");

    private static bool IsA036Rule(string value) => Enum.TryParse<OtherAidA036>(value, ignoreCase: true, out var rule) && Enum.IsDefined(rule);
}
