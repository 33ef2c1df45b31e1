using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using static PrimaWeb.Workflows.Domain.Tests.Calculations.Ris.RisTestData;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Ris;

public class RisCalculatorPeriodTests
{
    private readonly RisCalculator calculator = RepositoryCalculator();

    [Fact]
    public void Calculate_PartialFirstMonth_ProRataOnCalendarDays()
    {
        var request = Request(RisCategory.Isolated, new DateOnly(2025, 3, 10), new DateOnly(2025, 4, 30));

        var result = calculator.Calculate(request);

        result.Months.Count.ShouldBe(2);
        var march = result.Months[0];
        march.IsProRata.ShouldBeTrue();
        march.Days.ShouldBe(22);
        march.DaysBase.ShouldBe(31);
        march.Amount.ShouldBe(Math.Round(1314.20m * 22 / 31, 2, MidpointRounding.AwayFromZero));
        march.Amount.ShouldBe(932.66m);
        result.Months[1].IsProRata.ShouldBeFalse();
        result.Months[1].Amount.ShouldBe(1314.20m);
        result.PeriodAmount.ShouldBe(932.66m + 1314.20m);
    }

    [Fact]
    public void Calculate_PartialMonthWithThirtyDaysRule_CountsOn30()
    {
        var request = Request(RisCategory.Isolated, new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 31)) with
        {
            Choices = new RisCpasChoices(ProRata: ProRataRule.ThirtyDays),
        };

        var month = calculator.Calculate(request).Months.ShouldHaveSingleItem();

        month.Days.ShouldBe(21);
        month.DaysBase.ShouldBe(30);
        month.Amount.ShouldBe(919.94m);
    }

    [Fact]
    public void Calculate_PartialFebruaryEndWithThirtyDaysRule_CountsUpTo30()
    {
        var request = Request(RisCategory.Isolated, new DateOnly(2025, 2, 15), new DateOnly(2025, 2, 28)) with
        {
            Choices = new RisCpasChoices(ProRata: ProRataRule.ThirtyDays),
        };

        calculator.Calculate(request).Months.ShouldHaveSingleItem().Days.ShouldBe(16);
    }

    [Fact]
    public void Calculate_IndexationInsideThePeriod_SplitsAtTheNewAmount()
    {
        var request = Request(RisCategory.Isolated, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), Wage(600.00m));

        var result = calculator.Calculate(request);

        result.Segments.Count.ShouldBe(2);
        result.Segments[0].From.ShouldBe(new DateOnly(2025, 1, 1));
        result.Segments[0].To.ShouldBe(new DateOnly(2025, 1, 31));
        result.Segments[0].YearlyCategoryAmount.ShouldBe(15461.52m);
        result.Segments[1].From.ShouldBe(new DateOnly(2025, 2, 1));
        result.Segments[1].MonthlyAmount.ShouldBe(735.03m);
        result.MonthlyAmountOn(new DateOnly(2025, 1, 20)).ShouldBe(MoneyRounding.ToCent((15461.52m - 6950m) / 12));
        result.PeriodAmount.ShouldBe(result.Segments[0].MonthlyAmount + (2 * 735.03m));
    }

    [Fact]
    public void Calculate_IndexationInTheMiddleOfAMonth_ProRatesBothParts()
    {
        var midMonth = CalculatorWith(
            CategoryRow("2025-01-01", 10000.00m, 12000.00m, 15000.00m) + ", " + CategoryRow("2025-01-16", 10200.00m, 12240.00m, 15300.00m));

        var result = midMonth.Calculate(Request(RisCategory.Isolated, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)));

        result.Months.Count.ShouldBe(2);
        result.Months[0].Amount.ShouldBe(MoneyRounding.ToCent(1000.00m * 15 / 31));
        result.Months[1].Amount.ShouldBe(MoneyRounding.ToCent(1020.00m * 16 / 31));
        result.Months.ShouldAllBe(m => m.IsProRata);
        result.PeriodAmount.ShouldBe(483.87m + 526.45m);
    }

    [Fact]
    public void Calculate_ExemptionIndexedInsideThePeriod_SplitsOnTheExemptionDate()
    {
        var request = Request(RisCategory.Isolated, new DateOnly(2023, 10, 1), new DateOnly(2023, 11, 30), Wage(600.00m, EmploymentExemption.SocioProfessional));

        var result = calculator.Calculate(request);

        result.Segments.Count.ShouldBe(2);
        result.Segments[1].From.ShouldBe(new DateOnly(2023, 11, 1));
        result.Segments[0].CountedResources.ShouldBe((600.00m - 285.91m) * 12);
        result.Segments[1].CountedResources.ShouldBe((600.00m - 297.46m) * 12);
    }

    [Fact]
    public void Calculate_ReferencesUsed_AreCitedWithTheirUnverifiedFlag()
    {
        var result = calculator.Calculate(Month(RisCategory.Isolated, 2025, 2, Wage(600.00m)));

        result.References.ShouldContain(r => r.Table == RisReferenceData.CategoryAmountsTable && r.From == new DateOnly(2025, 2, 1));
        result.References.ShouldContain(r => r.Table == RisReferenceData.CalculationRulesTable && r.Unverified);
        result.ProRataRule.ShouldBe(ProRataRule.CalendarDays);
    }

    [Fact]
    public void Calculate_ExemptResource_IsShownAndNotCounted()
    {
        var request = Month(RisCategory.Isolated, 2025, 2, new RisResource(Claimant, ResourceKind.Other, 200m, ExemptBasis: ExemptResourceBasis.StudyGrant));

        var result = calculator.Calculate(request);

        result.Segments[0].CountedResources.ShouldBe(0m);
        result.MonthlyAmount.ShouldBe(1314.20m);
        result.Segments[0].Lines.ShouldContain(l => l.Code == "resource-exempt" && l.Amount == -2400m && l.LegalBasis.Contains("art. 22 §1"));
    }

    [Fact]
    public void Calculate_YearlyResource_IsTakenAsIs()
    {
        var monthly = calculator.Calculate(Month(RisCategory.Isolated, 2025, 2, Wage(600m)));
        var yearly = calculator.Calculate(Month(RisCategory.Isolated, 2025, 2, new RisResource(Claimant, ResourceKind.EarnedIncome, 7200m, ResourcePeriodicity.Yearly)));

        yearly.MonthlyAmount.ShouldBe(monthly.MonthlyAmount);
    }

    [Fact]
    public void Calculate_OtherCohabitant_IsNeverCounted()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(3000m, person: "flatmate")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("flatmate", CohabitantRelation.OtherCohabitant)],
        };

        calculator.Calculate(request).MonthlyAmount.ShouldBe(876.13m);
    }

    [Fact]
    public void Calculate_PartnerDisBeneficiaryWithArticle60Income_CountsPartAboveCategory1()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, new RisResource("partner", ResourceKind.EarnedIncome, 1000m, FromArticle60Employment: true)) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("partner", CohabitantRelation.Partner, IsDisBeneficiary: true)],
        };

        var result = calculator.Calculate(request);

        result.Segments[0].CountedResources.ShouldBe(12000m - 10513.60m);
    }

    [Fact]
    public void Calculate_GrandparentBeforeReform_IsNotCounted()
    {
        var request = Month(RisCategory.Cohabitant, 2026, 2, Wage(2000m, person: "grandmother")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("grandmother", CohabitantRelation.OtherMaintenanceDebtor, CountedSharePercent: 100)],
        };

        calculator.Calculate(request).Segments[0].CountedResources.ShouldBe(0m);
    }

    [Fact]
    public void Calculate_GrandparentRequestFromMarch2026_IsCountedAsTheCpasDecides()
    {
        var request = Month(RisCategory.Cohabitant, 2026, 3, Wage(2000m, person: "grandmother")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("grandmother", CohabitantRelation.OtherMaintenanceDebtor, CountedSharePercent: 50)],
        };

        var result = calculator.Calculate(request);

        result.Segments[0].CountedResources.ShouldBe(MoneyRounding.ToCent((24000m - 10513.60m) / 2));
        result.Segments[0].Lines.ShouldContain(l => l.PersonId == "grandmother" && l.LegalBasis.Contains("AR 7 January 2026"));
    }

    [Fact]
    public void Calculate_MandatoryCountingChoice_CountsTheWholePartAboveCategory1()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(1500.00m, person: "father")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("father", CohabitantRelation.FirstDegreeAscendant)],
            Choices = new RisCpasChoices(MaintenanceDebtorCounting: MaintenanceDebtorCounting.Mandatory),
        };

        calculator.Calculate(request).MonthlyAmount.ShouldBe(265.18m);
    }

    [Fact]
    public void Calculate_ThirtyDaysRuleWithIndexationInA31DayMonth_PartsAddUpTo30()
    {
        var midMonth = CalculatorWith(
            CategoryRow("2025-01-01", 10000.00m, 12000.00m, 15000.00m) + ", " + CategoryRow("2025-01-16", 10200.00m, 12240.00m, 15300.00m),
            rulesRows: """{ "from": "2000-01-01", "values": { "partialMonthProRata": "thirtyDays", "generalExemptionWithEmploymentExemption": "cumulated" }, "source": "test" }""");

        var result = midMonth.Calculate(Request(RisCategory.Isolated, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)));

        result.Months.Select(m => m.Days).ShouldBe([15, 15]);
        result.PeriodAmount.ShouldBe(500.00m + 510.00m);
        result.ProRataRule.ShouldBe(ProRataRule.ThirtyDays);
    }

    [Fact]
    public void Calculate_WholeYear_SumsTwelveMonthlyAmounts()
    {
        var result = calculator.Calculate(Request(RisCategory.Cohabitant, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), Wage(300m)));

        result.Months.Count.ShouldBe(12);
        result.Months.ShouldAllBe(m => !m.IsProRata);
        result.PeriodAmount.ShouldBe(12 * result.MonthlyAmount);
    }
}
