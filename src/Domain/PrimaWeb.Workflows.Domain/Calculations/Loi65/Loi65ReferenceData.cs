using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>The Loi 65 tables of the reference data, checked on load.</summary>
public sealed class Loi65ReferenceData
{
    public const string StateShareTable = "loi65.stateShare";
    public const string AidTypeStatusesTable = "loi65.aidTypeStatuses";
    public const string DeadlinesTable = "loi65.deadlines";

    private Loi65ReferenceData(ReferenceTable stateShare, ReferenceTable statuses, ReferenceTable deadlines)
    {
        StateShare = stateShare;
        AidTypeStatuses = statuses;
        Deadlines = deadlines;
    }

    /// <summary>Field: rate (fraction, 1 = 100 %), by month of the expense.</summary>
    public ReferenceTable StateShare { get; }

    /// <summary>One choice per aid type (camelCase name): the beneficiary status letters allowed, comma separated.</summary>
    public ReferenceTable AidTypeStatuses { get; }

    /// <summary>Fields: b1DaysAfterAidStart, expenseClaimMonthsAfterQuarter.</summary>
    public ReferenceTable Deadlines { get; }

    public static Loi65ReferenceData From(ReferenceDataSet set)
    {
        var requirements = new ReferenceRequirements(set);
        var stateShare = requirements.Table(StateShareTable, ["rate"]);
        requirements.Check(stateShare, row => row.HasAmount("rate") && row.Amount("rate") > 1 ? "a rate is a fraction between 0 and 1." : null, "rate");
        var statuses = requirements.Table(AidTypeStatusesTable);
        foreach (var aidType in Enum.GetValues<Loi65AidType>())
        {
            var field = FieldOf(aidType);
            requirements.Check(statuses, row => !row.HasChoice(field)
                ? "the allowed statuses are required (e.g. \"B,I,K\")."
                : ParseStatuses(row.Choice(field)) is null ? $"'{row.Choice(field)}' is not a comma-separated list of status letters." : null, field);
        }

        var deadlines = requirements.Table(DeadlinesTable, ["b1DaysAfterAidStart", "expenseClaimMonthsAfterQuarter"]);
        requirements.ThrowIfAny();
        return new Loi65ReferenceData(stateShare!, statuses!, deadlines!);
    }

    /// <summary>How many days after the start of the aid form B1 must reach the SPP-IS (art. 9), as in force on that start.</summary>
    public int B1DaysAfterAidStart(DateOnly aidStart) => (int)Deadlines.RowOn(aidStart).Amount("b1DaysAfterAidStart");

    /// <summary>The last day for form B1 (A and B1 of an equivalent RIS) to reach the SPP-IS.</summary>
    public DateOnly B1Due(DateOnly aidStart) => LegalDeadlines.Loi65FormBDue(aidStart, B1DaysAfterAidStart(aidStart));

    /// <summary>How many months after the end of the expenses' quarter form D may still be sent (art. 12), as in force on that day.</summary>
    public int ExpenseClaimMonthsAfterQuarter(DateOnly expensesDay) => (int)Deadlines.RowOn(expensesDay).Amount("expenseClaimMonthsAfterQuarter");

    /// <summary>The last day for form D (D1/D2) of expenses made on <paramref name="expensesDay"/> to reach the SPP-IS.</summary>
    public DateOnly ExpenseClaimDue(DateOnly expensesDay) => LegalDeadlines.Loi65FormDDue(expensesDay, ExpenseClaimMonthsAfterQuarter(expensesDay));

    /// <summary>The fewest days any row allows for form B1: a query selecting aids by start with it misses no due form.</summary>
    public int ShortestB1Days => Deadlines.Rows.Min(row => (int)row.Amount("b1DaysAfterAidStart"));

    public IReadOnlySet<string> AllowedStatuses(Loi65AidType aidType, DateOnly date) =>
        ParseStatuses(AidTypeStatuses.RowOn(date).Choice(FieldOf(aidType)))!;

    internal static string FieldOf(Loi65AidType aidType) => ReferenceRow.ToCamelCase(aidType.ToString());

    private static HashSet<string>? ParseStatuses(string text)
    {
        var letters = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return letters.Length > 0 && letters.All(l => l.Length == 1 && char.IsAsciiLetterUpper(l[0]))
            ? letters.ToHashSet(StringComparer.Ordinal)
            : null;
    }
}
