using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Domain.Deadlines;

namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>The Loi 65 tables of the reference data, checked on load.</summary>
public sealed class Loi65ReferenceData
{
    public const string StateShareTable = "loi65.stateShare";
    public const string AidTypeStatusesTable = "loi65.aidTypeStatuses";
    public const string DeadlinesTable = "loi65.deadlines";
    public const string NationalityCodesTable = "loi65.nationalityCodes";
    public const string FormCodesTable = "loi65.formCodes";

    private Loi65ReferenceData(ReferenceTable stateShare, ReferenceTable statuses, ReferenceTable deadlines, ReferenceTable nationalities, ReferenceTable formCodes)
    {
        StateShare = stateShare;
        AidTypeStatuses = statuses;
        Deadlines = deadlines;
        NationalityCodes = nationalities;
        FormCodes = formCodes;
    }

    /// <summary>Field: rate (fraction, 1 = 100 %), by month of the expense.</summary>
    public ReferenceTable StateShare { get; }

    /// <summary>One choice per aid type (camelCase name): the beneficiary status letters allowed, comma separated.</summary>
    public ReferenceTable AidTypeStatuses { get; }

    /// <summary>Fields: b1DaysAfterAidStart, expenseClaimMonthsAfterQuarter.</summary>
    public ReferenceTable Deadlines { get; }

    /// <summary>One amount per ISO nationality: its code on form A and in the National Register (100–999).</summary>
    public ReferenceTable NationalityCodes { get; }

    /// <summary>Choices: financialAidStatus, and <c>&lt;kind&gt;Nature</c> / <c>&lt;kind&gt;Reason</c> per <see cref="Loi65StopKind"/>.</summary>
    public ReferenceTable FormCodes { get; }

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
        var nationalities = requirements.Table(NationalityCodesTable);
        requirements.Check(nationalities, row => row.Choices.Count > 0 ? "a nationality code is a number from 100 to 999." : null, "values");
        requirements.Check(nationalities, row => row.Amounts.FirstOrDefault(a => a.Key.Length != 2 || !a.Key.All(char.IsAsciiLetterUpper)) is { Key: { } bad }
            ? $"'{bad}' is not a two-letter ISO 3166 code." : null, "values");
        requirements.Check(nationalities, row => row.Amounts.FirstOrDefault(a => a.Value is < 100 or > 999 || a.Value != decimal.Truncate(a.Value)) is { Key: { } bad }
            ? $"the code of {bad} must be a whole number from 100 to 999." : null, "values");
        var formCodes = requirements.Table(FormCodesTable);
        requirements.Check(formCodes, row => row.HasChoice("financialAidStatus") && row.Choice("financialAidStatus") is [>= 'A' and <= 'K']
            ? null : "the status is one letter from A to K.", "financialAidStatus");
        foreach (var kind in Enum.GetValues<Loi65StopKind>())
        {
            var prefix = ReferenceRow.ToCamelCase(kind.ToString());
            requirements.Check(formCodes, row => row.HasChoice(prefix + "Nature") && row.Choice(prefix + "Nature").Length == 1
                ? null : "the nature of the decision is one character (form C).", prefix + "Nature");
            requirements.Check(formCodes, row => row.HasChoice(prefix + "Reason") && row.Choice(prefix + "Reason").Length == 2
                ? null : "the reason is two characters (form C).", prefix + "Reason");
        }

        requirements.ThrowIfAny();
        return new Loi65ReferenceData(stateShare!, statuses!, deadlines!, nationalities!, formCodes!);
    }

    /// <summary>The form A code of the nationality <paramref name="iso"/> (e.g. BE → 150) on <paramref name="day"/>; null when the table lacks it.</summary>
    public int? NationalityCode(string? iso, DateOnly day) =>
        iso is not null && NationalityCodes.TryRowOn(day)?.Amounts.TryGetValue(iso.ToUpperInvariant(), out var code) == true ? (int)code : null;

    /// <summary>The ISO nationality of a National Register code (e.g. 111 → FR) on <paramref name="day"/>; null when the table lacks it.</summary>
    public string? NationalityOf(int registerCode, DateOnly day) =>
        NationalityCodes.TryRowOn(day)?.Amounts.FirstOrDefault(a => a.Value == registerCode).Key;

    /// <summary>The codes of forms B1 and C in force on <paramref name="day"/>.</summary>
    public Loi65FormCodes FormCodesOn(DateOnly day)
    {
        var row = FormCodes.RowOn(day);
        return new Loi65FormCodes(
            row.Choice("financialAidStatus"),
            Enum.GetValues<Loi65StopKind>().ToDictionary(kind => kind, kind =>
            {
                var prefix = ReferenceRow.ToCamelCase(kind.ToString());
                return (row.Choice(prefix + "Nature"), row.Choice(prefix + "Reason"));
            }));
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
