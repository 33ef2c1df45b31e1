using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using static PrimaWeb.Workflows.Domain.Tests.Calculations.Ris.RisTestData;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Ris;

/// <summary>The worked examples R-1 … R-13 of the domain notes (ris.md §6), with the expected values given there.</summary>
public class RisCalculatorWorkedExampleTests
{
    private readonly RisCalculator calculator = RepositoryCalculator();

    [Fact]
    public void Calculate_R1_IsolatedWithWage_Gives735_03()
    {
        var result = calculator.Calculate(Month(RisCategory.Isolated, 2025, 2, Wage(600.00m)));

        var segment = result.Segments.ShouldHaveSingleItem();
        segment.YearlyCategoryAmount.ShouldBe(15770.41m);
        segment.CountedResources.ShouldBe(7200.00m);
        segment.GeneralExemption.ShouldBe(250.00m);
        segment.YearlyAmount.ShouldBe(8820.41m);
        result.MonthlyAmount.ShouldBe(735.03m);
        result.PeriodAmount.ShouldBe(735.03m);
    }

    [Fact]
    public void Calculate_R2_SocioProfessionalExemptionCumulated_Gives1044_51()
    {
        var result = calculator.Calculate(Month(RisCategory.Isolated, 2025, 2, Wage(600.00m, EmploymentExemption.SocioProfessional)));

        var segment = result.Segments.ShouldHaveSingleItem();
        segment.CountedResources.ShouldBe(3486.24m);
        segment.YearlyAmount.ShouldBe(12534.17m);
        result.MonthlyAmount.ShouldBe(1044.51m);
        segment.Lines.ShouldContain(l => l.Code == "employment-exemption" && l.Amount == -3713.76m && l.LegalBasis.Contains("art. 35"));
    }

    [Fact]
    public void Calculate_R2b_GeneralExemptionNotCumulated_Gives1023_68()
    {
        var request = Month(RisCategory.Isolated, 2025, 2, Wage(600.00m, EmploymentExemption.SocioProfessional)) with
        {
            Choices = new RisCpasChoices(GeneralExemptionCumulation: GeneralExemptionCumulation.NotCumulated),
        };

        var result = calculator.Calculate(request);

        result.Segments[0].YearlyAmount.ShouldBe(12284.17m);
        result.MonthlyAmount.ShouldBe(1023.68m);
        result.Segments[0].Lines.Single(l => l.Code == "general-exemption").Amount.ShouldBe(0m);
    }

    [Fact]
    public void Calculate_R3_CohabitantWithOwnResources_Gives589_05()
    {
        var result = calculator.Calculate(Month(RisCategory.Cohabitant, 2025, 2, Wage(300.00m)));

        result.Segments[0].YearlyAmount.ShouldBe(7068.60m);
        result.MonthlyAmount.ShouldBe(589.05m);
    }

    [Fact]
    public void Calculate_R4_ShortageOccupationMonthlyMethod_Gives633_41()
    {
        // medenam.be example: RIS amount 1,707.11 per month, wage 1,500.00, exemption 426.30, no general exemption.
        var shortage = CalculatorWith(
            CategoryRow("2024-01-01", 9713.04m, 14569.58m, 20485.32m),
            rulesRows: """{ "from": "2000-01-01", "values": { "partialMonthProRata": "calendarDays", "generalExemptionWithEmploymentExemption": "notCumulated" }, "source": "test" }""");

        var result = shortage.Calculate(Month(RisCategory.FamilyWithDependants, 2024, 3, Wage(1500.00m, EmploymentExemption.ShortageOccupation)));

        result.Segments[0].CountedResources.ShouldBe(1073.70m * 12);
        result.MonthlyAmount.ShouldBe(633.41m);
    }

    [Fact]
    public void Calculate_R5_SocioProfessionalExemption2015_LeavesAComplementaryRis()
    {
        var calculator2015 = CalculatorWith(CategoryRow("2015-01-01", 6539.28m, 9808.32m, 13077.00m));

        var result = calculator2015.Calculate(Month(RisCategory.Isolated, 2015, 1, Wage(1000.00m, EmploymentExemption.SocioProfessional)));

        result.Segments[0].Lines.Single(l => l.Code == "employment-exemption").Amount.ShouldBe(-234.55m * 12);
        result.Segments[0].CountedResources.ShouldBe(765.45m * 12);
        result.MonthlyAmount.ShouldBeGreaterThan(0m);
        result.MonthlyAmount.ShouldBe(817.36m - 765.45m + 20.83m);
    }

    [Fact]
    public void Calculate_R6_ResourcesAboveCategoryAmount_GivesNoRight()
    {
        var result = calculator.Calculate(Month(RisCategory.Isolated, 2025, 2, Wage(1400.00m)));

        result.MonthlyAmount.ShouldBe(0m);
        result.PeriodAmount.ShouldBe(0m);
        result.Segments[0].GeneralExemption.ShouldBe(0m);
        result.Segments[0].Lines.Single(l => l.Code == "general-exemption").Detail.ShouldNotBeNull().ShouldContain("not applied");
    }

    [Fact]
    public void Calculate_R7_CohabitantWithEarningPartner_CountsPartAboveCategory1_Gives565_18()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(1200.00m, person: "partner")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("partner", CohabitantRelation.Partner)],
        };

        var result = calculator.Calculate(request);

        result.Segments[0].CountedResources.ShouldBe(3886.40m);
        result.Segments[0].YearlyAmount.ShouldBe(6782.20m);
        result.MonthlyAmount.ShouldBe(565.18m);
    }

    [Fact]
    public void Calculate_R8_FamilyPartnerCountedInFull_Gives666_67()
    {
        var request = Month(RisCategory.FamilyWithDependants, 2023, 3, Wage(1000.00m, person: "partner")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("partner", CohabitantRelation.Partner)],
        };

        var result = calculator.Calculate(request);

        result.Segments[0].YearlyCategoryAmount.ShouldBe(19690.01m);
        result.Segments[0].YearlyAmount.ShouldBe(8000.01m);
        result.MonthlyAmount.ShouldBe(666.67m);
    }

    [Theory]
    [InlineData(0, 876.13)]
    [InlineData(100, 265.18)]
    public void Calculate_R9_FatherResourcesCountedByCpasChoice_GivesExpectedAmount(int sharePercent, decimal expectedMonthly)
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(1500.00m, person: "father")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("father", CohabitantRelation.FirstDegreeAscendant, CountedSharePercent: sharePercent)],
        };

        var result = calculator.Calculate(request);

        result.MonthlyAmount.ShouldBe(expectedMonthly);
    }

    [Fact]
    public void Calculate_R9b_FatherCountedInFull_ShowsEachStep()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(1500.00m, person: "father")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("father", CohabitantRelation.FirstDegreeAscendant, CountedSharePercent: 100)],
        };

        var lines = calculator.Calculate(request).Segments[0].Lines;

        lines.Single(l => l.Code == "person-counted" && l.PersonId == "father").Amount.ShouldBe(7486.40m);
        lines.Single(l => l.Code == "general-exemption").Amount.ShouldBe(-155m);
        lines.Single(l => l.Code == "counted-resources").Amount.ShouldBe(7331.40m);
        lines.Single(l => l.Code == "yearly-amount").Amount.ShouldBe(3182.20m);
    }

    [Theory]
    [InlineData(10513.60, 876.13)]
    [InlineData(15770.41, 1314.20)]
    [InlineData(14569.58, 1214.13)]
    [InlineData(19690.01, 1640.83)]
    [InlineData(11816.14, 984.68)]
    [InlineData(10616.84, 884.74)]
    [InlineData(14155.79, 1179.65)]
    public void ToCent_R10_YearlyDividedBy12_GivesCitedMonthlyAmount(decimal yearly, decimal monthly)
    {
        MoneyRounding.ToCent(yearly / 12).ShouldBe(monthly);
    }

    [Theory]
    [InlineData(5515.62, 7877.41)]
    [InlineData(8273.45, 11816.14)]
    [InlineData(11181.13, 15968.89)]
    public void ToCent_R11_BaseTimesIndexCoefficient_GivesIndexedAmount(decimal baseAmount, decimal indexed)
    {
        MoneyRounding.ToCent(baseAmount * 1.4282m).ShouldBe(indexed);
    }

    [Theory]
    [InlineData(RisCategory.Isolated, "2025-01-31", 1288.46)]
    [InlineData(RisCategory.Isolated, "2025-02-01", 1314.20)]
    [InlineData(RisCategory.Cohabitant, "2022-12-15", 773.80)]
    [InlineData(RisCategory.Cohabitant, "2023-01-01", 809.42)]
    public void MonthlyCategoryAmount_R12_LookupByDate_GivesAmountInForce(RisCategory category, string date, decimal expected)
    {
        var reference = RisReferenceData.From(RepositoryReferenceData.Set);

        reference.MonthlyCategoryAmount(category, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void Calculate_R13_PartnerIsDisBeneficiary_IgnoresPartnerResources()
    {
        var alone = calculator.Calculate(Month(RisCategory.Cohabitant, 2025, 2, Wage(300.00m)));
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(300.00m), Wage(900.00m, person: "partner")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("partner", CohabitantRelation.Partner, IsDisBeneficiary: true)],
        };

        var result = calculator.Calculate(request);

        result.MonthlyAmount.ShouldBe(alone.MonthlyAmount);
        result.MonthlyAmount.ShouldBe(589.05m);
    }
}
