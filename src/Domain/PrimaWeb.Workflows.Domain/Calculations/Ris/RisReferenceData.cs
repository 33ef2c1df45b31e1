using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// The RIS tables of the reference data, checked on load: every row has the fields the calculation reads, and each
/// cited monthly amount equals the yearly amount / 12 rounded half-up to the cent.
/// </summary>
public sealed class RisReferenceData
{
    public const string CategoryAmountsTable = "ris.categoryAmounts";
    public const string GeneralExemptionTable = "ris.generalExemption";
    public const string SocioProfessionalExemptionTable = "ris.socioProfessionalExemption";
    public const string StudentExemptionTable = "ris.studentExemption";
    public const string ShortageOccupationExemptionTable = "ris.shortageOccupationExemption";
    public const string CalculationRulesTable = "ris.calculationRules";
    public const string CohabitantRulesTable = "ris.cohabitantRules";

    private RisReferenceData(
        ReferenceTable categoryAmounts,
        ReferenceTable generalExemption,
        ReferenceTable socioProfessional,
        ReferenceTable student,
        ReferenceTable shortageOccupation,
        ReferenceTable calculationRules,
        ReferenceTable cohabitantRules)
    {
        CategoryAmounts = categoryAmounts;
        GeneralExemption = generalExemption;
        SocioProfessionalExemption = socioProfessional;
        StudentExemption = student;
        ShortageOccupationExemption = shortageOccupation;
        CalculationRules = calculationRules;
        CohabitantRules = cohabitantRules;
    }

    public ReferenceTable CategoryAmounts { get; }

    public ReferenceTable GeneralExemption { get; }

    public ReferenceTable SocioProfessionalExemption { get; }

    public ReferenceTable StudentExemption { get; }

    public ReferenceTable ShortageOccupationExemption { get; }

    /// <summary>Pro-rata rule and cumulation of exemptions, by date of the period.</summary>
    public ReferenceTable CalculationRules { get; }

    /// <summary>Art. 34 regime, by date of the request or revision.</summary>
    public ReferenceTable CohabitantRules { get; }

    public static RisReferenceData From(ReferenceDataSet set)
    {
        var requirements = new ReferenceRequirements(set);
        var categoryAmounts = requirements.Table(CategoryAmountsTable);
        foreach (var category in Enum.GetValues<RisCategory>())
        {
            requirements.Check(categoryAmounts, row => MissingAmount(row, category, YearlyField(category)), YearlyField(category));
            requirements.Check(categoryAmounts, row => MissingAmount(row, category, MonthlyField(category)), MonthlyField(category));
            requirements.Check(categoryAmounts, row => MonthlyMismatch(row, category), MonthlyField(category));
        }

        var general = requirements.Table(GeneralExemptionTable, Enum.GetValues<RisCategory>().Select(YearlyField));
        var socioProfessional = requirements.Table(SocioProfessionalExemptionTable, ["monthly"]);
        var student = requirements.Table(StudentExemptionTable, ["monthly"]);
        var shortage = requirements.Table(ShortageOccupationExemptionTable, ["monthly"]);
        var rules = requirements.Table(CalculationRulesTable, choices: new Dictionary<string, Type>
        {
            ["partialMonthProRata"] = typeof(ProRataRule),
            ["generalExemptionWithEmploymentExemption"] = typeof(GeneralExemptionCumulation),
        });
        var cohabitants = requirements.Table(CohabitantRulesTable, choices: new Dictionary<string, Type>
        {
            ["maintenanceDebtorScope"] = typeof(MaintenanceDebtorScope),
            ["maintenanceDebtorCounting"] = typeof(MaintenanceDebtorCounting),
        });
        requirements.ThrowIfAny();
        return new RisReferenceData(categoryAmounts!, general!, socioProfessional!, student!, shortage!, rules!, cohabitants!);
    }

    /// <summary>False where the row in force on the date gives no amount for the category (not found in the sources).</summary>
    public bool HasCategoryAmount(RisCategory category, DateOnly date) =>
        CategoryAmounts.TryRowOn(date)?.HasAmount(YearlyField(category)) == true;

    public decimal YearlyCategoryAmount(RisCategory category, DateOnly date) =>
        CategoryAmounts.RowOn(date).Amount(YearlyField(category));

    public decimal MonthlyCategoryAmount(RisCategory category, DateOnly date) =>
        CategoryAmounts.RowOn(date).Amount(MonthlyField(category));

    public ReferenceTable EmploymentExemptionTable(EmploymentExemption exemption) => exemption switch
    {
        EmploymentExemption.SocioProfessional => SocioProfessionalExemption,
        EmploymentExemption.Student => StudentExemption,
        EmploymentExemption.ShortageOccupation => ShortageOccupationExemption,
        _ => throw new ArgumentOutOfRangeException(nameof(exemption), exemption, "No exemption table for this value."),
    };

    internal static string YearlyField(RisCategory category) => $"category{(int)category}Yearly";

    internal static string MonthlyField(RisCategory category) => $"category{(int)category}Monthly";

    /// <summary>
    /// A category's amounts may be left out, both of them, only on an unverified row that gives another category: the
    /// sources of some dates cite one category only (1 January 2015: category 2), and no figure is made up for the others.
    /// </summary>
    private static string? MissingAmount(ReferenceRow row, RisCategory category, string field)
    {
        if (row.HasAmount(field))
        {
            return null;
        }

        var categoryLeftOut = !row.HasAmount(YearlyField(category)) && !row.HasAmount(MonthlyField(category));
        var anyCategory = Enum.GetValues<RisCategory>().Any(c => row.HasAmount(YearlyField(c)) || row.HasAmount(MonthlyField(c)));
        return categoryLeftOut && anyCategory && row.Unverified
            ? null
            : "an amount is required.";
    }

    private static string? MonthlyMismatch(ReferenceRow row, RisCategory category)
    {
        if (!row.HasAmount(YearlyField(category)) || !row.HasAmount(MonthlyField(category)))
        {
            return null;
        }

        var expected = MoneyRounding.ToCent(row.Amount(YearlyField(category)) / 12);
        var monthly = row.Amount(MonthlyField(category));
        return monthly == expected
            ? null
            : $"{monthly} differs from the yearly amount / 12 rounded to the cent ({expected}).";
    }
}
