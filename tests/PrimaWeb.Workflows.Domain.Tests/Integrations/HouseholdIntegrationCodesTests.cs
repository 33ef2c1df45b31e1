using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Integrations;

namespace PrimaWeb.Workflows.Domain.Tests.Integrations;

/// <summary>bcss-integrations.md §2.1: the aid's code for its beneficiaries, dependent children included; code 5 for the others.</summary>
public sealed class HouseholdIntegrationCodesTests
{
    private static readonly DateOnly Day = new(2026, 12, 7);

    [Theory]
    [InlineData(HouseholdRelation.MainPerson, "1980-01-01", CapacityCode.EquivalentIntegrationIncome)]
    [InlineData(HouseholdRelation.Partner, "1982-05-05", CapacityCode.EquivalentIntegrationIncome)]
    [InlineData(HouseholdRelation.Child, "2015-03-10", CapacityCode.EquivalentIntegrationIncome)]
    [InlineData(HouseholdRelation.Child, "2008-12-08", CapacityCode.EquivalentIntegrationIncome)]
    [InlineData(HouseholdRelation.Child, "2008-12-07", CapacityCode.Cohabitant)]
    [InlineData(HouseholdRelation.Parent, "1950-01-01", CapacityCode.Cohabitant)]
    [InlineData(HouseholdRelation.OtherRelative, "2016-01-01", CapacityCode.Cohabitant)]
    [InlineData(HouseholdRelation.Other, "1990-01-01", CapacityCode.Cohabitant)]
    public void For_EquivalentRis_GivesCode3ToTheBeneficiariesAndCode5ToTheOthers(HouseholdRelation relation, string born, CapacityCode expected) =>
        HouseholdIntegrationCodes.For(CapacityCode.EquivalentIntegrationIncome, relation, DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), Day)
            .ShouldBe(expected);

    [Fact]
    public void For_AChildWhoseBirthDateIsUnknown_IsNotTakenForADependentChild() =>
        HouseholdIntegrationCodes.For(CapacityCode.IntegrationIncome, HouseholdRelation.Child, null, Day).ShouldBe(CapacityCode.Cohabitant);

    [Fact]
    public void For_TheInvestigation_GivesCode1ToTheBeneficiariesOnly() =>
        new[] { HouseholdRelation.MainPerson, HouseholdRelation.Child, HouseholdRelation.Other }
            .Select(r => HouseholdIntegrationCodes.For(CapacityCode.UnderInvestigation, r, new DateOnly(2018, 1, 1), Day))
            .ShouldBe([CapacityCode.UnderInvestigation, CapacityCode.UnderInvestigation, CapacityCode.Cohabitant]);

    [Theory]
    [InlineData(HouseholdRelation.MainPerson, "1980-01-01", new[] { CapacityCode.IntegrationIncome, CapacityCode.EmploymentMeasure })]
    [InlineData(HouseholdRelation.Partner, "1982-05-05", new[] { CapacityCode.IntegrationIncome, CapacityCode.EmploymentMeasure })]
    [InlineData(HouseholdRelation.Child, "2000-03-10", new[] { CapacityCode.EmploymentMeasure })]
    [InlineData(HouseholdRelation.Parent, "1950-01-01", new[] { CapacityCode.EmploymentMeasure })]
    public void CodesFor_AMemberEmployedUnderArticle60_TakesCode6_BesidesTheAidsCodeOrInsteadOfCode5(HouseholdRelation relation, string born, CapacityCode[] expected) =>
        HouseholdIntegrationCodes.CodesFor(CapacityCode.IntegrationIncome, relation, DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), Day, employedThroughCpas: true)
            .ShouldBe(expected);

    [Theory]
    [InlineData(HouseholdRelation.Partner, CapacityCode.IntegrationIncome)]
    [InlineData(HouseholdRelation.Other, CapacityCode.Cohabitant)]
    public void CodesFor_AMemberNotEmployedThroughTheCpas_TakesTheOneCodeOfTheirRole(HouseholdRelation relation, CapacityCode expected) =>
        HouseholdIntegrationCodes.CodesFor(CapacityCode.IntegrationIncome, relation, new DateOnly(1985, 1, 1), Day, employedThroughCpas: false).ShouldBe([expected]);
}
