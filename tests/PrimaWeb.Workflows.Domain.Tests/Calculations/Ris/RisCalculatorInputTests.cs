using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;
using static PrimaWeb.Workflows.Domain.Tests.Calculations.Ris.RisTestData;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations.Ris;

public class RisCalculatorInputTests
{
    private readonly RisCalculator calculator = RepositoryCalculator();

    private CalculationInputError SingleError(RisCalculationRequest request) =>
        Should.Throw<InvalidCalculationInputException>(() => calculator.Calculate(request)).Errors.ShouldHaveSingleItem();

    [Fact]
    public void Calculate_UnknownCategory_NamesCategory()
    {
        var error = SingleError(Month((RisCategory)4, 2025, 2));

        error.Field.ShouldBe("category");
        error.Message.ShouldContain("unknown value");
        error.Code.ShouldBe(RuleCodes.UnknownValue);
        error.Arguments.ShouldBe(["4"]);
    }

    [Fact]
    public void Calculate_NegativeAmount_NamesTheResource()
    {
        var error = SingleError(Month(RisCategory.Isolated, 2025, 2, Wage(100m), Wage(-1m)));

        error.Field.ShouldBe("resources[1].amount");
        error.Code.ShouldBe(RuleCodes.NegativeAmount);
    }

    [Fact]
    public void Calculate_EndBeforeStart_NamesPeriodEnd()
    {
        var error = SingleError(Request(RisCategory.Isolated, new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 28)));

        error.Field.ShouldBe("periodEnd");
    }

    [Fact]
    public void Calculate_DateWithoutReferenceData_NamesPeriodStart()
    {
        var error = SingleError(Month(RisCategory.Isolated, 2010, 1));

        error.Field.ShouldBe("periodStart");
        error.Message.ShouldContain("ris.categoryAmounts");
    }

    [Fact]
    public void Calculate_CategoryTheSourcesGiveNoAmountFor_IsRefusedOnTheCategory()
    {
        // 1 January 2015: the reference data cites the category 2 amount only.
        var error = SingleError(Month(RisCategory.Cohabitant, 2015, 1));

        error.Field.ShouldBe("category");
        error.Code.ShouldBe(RuleCodes.NoReferenceData);
        error.Message.ShouldContain("no amount for category 1 from 2015-01-01");
    }

    [Fact]
    public void Calculate_MaintenanceDebtorWhenNoCategory1AmountIsKnown_IsRefusedOnTheCategory()
    {
        var request = Month(RisCategory.Isolated, 2015, 1, Wage(1500.00m, person: "father")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("father", CohabitantRelation.FirstDegreeAscendant, CountedSharePercent: 100)],
        };

        var error = SingleError(request);

        error.Field.ShouldBe("category");
        error.Message.ShouldContain("category 1");
    }

    [Fact]
    public void Calculate_Category2On1January2015_UsesTheOnlyAmountCited()
    {
        var result = calculator.Calculate(Month(RisCategory.Isolated, 2015, 1));

        result.MonthlyAmount.ShouldBe(817.36m);
    }

    [Fact]
    public void Calculate_ExemptionWithoutReferenceData_NamesTheResource()
    {
        var error = SingleError(Month(RisCategory.Isolated, 2023, 6, Wage(100m, EmploymentExemption.ShortageOccupation)));

        error.Field.ShouldBe("resources[0].employmentExemption");
        error.Message.ShouldContain("ris.shortageOccupationExemption");
    }

    [Fact]
    public void Calculate_SeveralInvalidFields_ListsEachOne()
    {
        var request = Request((RisCategory)0, new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 1), Wage(-5m), Wage(10m, person: "nobody"));

        var errors = Should.Throw<InvalidCalculationInputException>(() => calculator.Calculate(request)).Errors;

        errors.Select(e => e.Field).ShouldBe(["category", "periodEnd", "resources[0].amount", "resources[1].personId"], ignoreOrder: true);
    }

    [Fact]
    public void Calculate_NoClaimant_NamesMembers()
    {
        var request = Month(RisCategory.Isolated, 2025, 2) with { Members = [new("someone", CohabitantRelation.OtherCohabitant)] };

        SingleError(request).Field.ShouldBe("members");
    }

    [Fact]
    public void Calculate_PartnerInCategory2_NamesCategory()
    {
        var request = Month(RisCategory.Isolated, 2025, 2) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("partner", CohabitantRelation.Partner)],
        };

        SingleError(request).Field.ShouldBe("category");
    }

    [Fact]
    public void Calculate_ShareAbove100_NamesTheMember()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("father", CohabitantRelation.FirstDegreeAscendant, CountedSharePercent: 120)],
        };

        SingleError(request).Field.ShouldBe("members[1].countedSharePercent");
    }

    [Fact]
    public void Calculate_ExemptionOnAnotherPersonsIncome_IsRejected()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2, Wage(800m, EmploymentExemption.SocioProfessional, "father")) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("father", CohabitantRelation.FirstDegreeAscendant)],
        };

        SingleError(request).Field.ShouldBe("resources[0].employmentExemption");
    }

    [Fact]
    public void Calculate_TwoPartners_NamesMembers()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("p1", CohabitantRelation.Partner), new("p2", CohabitantRelation.Partner)],
        };

        SingleError(request).Field.ShouldBe("members");
    }

    [Fact]
    public void Calculate_DuplicatePerson_NamesTheSecondMember()
    {
        var request = Month(RisCategory.Cohabitant, 2025, 2) with
        {
            Members = [new(Claimant, CohabitantRelation.Claimant), new("x", CohabitantRelation.OtherCohabitant), new("x", CohabitantRelation.OtherCohabitant)],
        };

        SingleError(request).Field.ShouldBe("members[2].personId");
    }

    [Fact]
    public void Calculate_RequestDateBeforeReferenceData_NamesRequestDate()
    {
        var request = Month(RisCategory.Isolated, 2025, 2) with { RequestDate = new DateOnly(2001, 1, 1) };

        SingleError(request).Field.ShouldBe("requestDate");
    }
}
