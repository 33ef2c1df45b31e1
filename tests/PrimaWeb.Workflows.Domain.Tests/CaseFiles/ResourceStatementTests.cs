using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.CaseFiles;

public class ResourceStatementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToCalculationRequest_Statement_CarriesCategoryMembersResourcesAndDates()
    {
        var statement = Statement(
            [new RisHouseholdMember("main", CohabitantRelation.Claimant)],
            [new RisResource("main", ResourceKind.EarnedIncome, 300m)],
            [new StatedExpense("Rent", 550m), new StatedExpense("Energy", 90m)]);

        var request = statement.ToCalculationRequest(D(1, 11, 2026), D(30, 11, 2026), D(3, 11, 2026));

        request.Category.ShouldBe(RisCategory.Isolated);
        request.PeriodStart.ShouldBe(D(1, 11, 2026));
        request.RequestDate.ShouldBe(D(3, 11, 2026));
        request.Resources.ShouldHaveSingleItem().Amount.ShouldBe(300m);
        statement.MonthlyExpenses.ShouldBe(640m);
    }

    [Fact]
    public void New_HouseholdWithoutClaimant_IsRefused()
    {
        var error = Should.Throw<DomainValidationException>(() =>
            Statement([new RisHouseholdMember("partner", CohabitantRelation.Partner)], [], []));

        error.Field.ShouldBe("Members");
    }

    [Fact]
    public void New_ResourceOfSomeoneOutsideTheHousehold_IsRefusedNamingThePerson()
    {
        var error = Should.Throw<DomainValidationException>(() => Statement(
            [new RisHouseholdMember("main", CohabitantRelation.Claimant)],
            [new RisResource("stranger", ResourceKind.Other, 10m, Description: "Gift")],
            []));

        error.Field.ShouldBe("Resources");
        error.Message.ShouldContain("stranger");
    }

    [Fact]
    public void New_NegativeExpense_IsRefused()
    {
        Should.Throw<DomainValidationException>(() => Statement(
            [new RisHouseholdMember("main", CohabitantRelation.Claimant)], [], [new StatedExpense("Rent", -1m)]));
    }

    private static ResourceStatement Statement(RisHouseholdMember[] members, RisResource[] resources, StatedExpense[] expenses) =>
        new(Tenant, Guid.NewGuid(), Guid.NewGuid(), Now, "namur-social-worker", RisCategory.Isolated, members, resources, expenses);
}
