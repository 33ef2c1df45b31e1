using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.FederalServices.Tests.Investigation;

public sealed class InvestigationClientTests
{
    private static readonly Period LastYears = new(new DateOnly(2020, 1, 1), new DateOnly(2026, 3, 16));

    [Fact]
    public async Task PerformInvestigationAsync_CoupleWithChildren_ReturnsTheWholeHousehold()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var household = harness.State.Population.Households.First(h => h.Kind == HouseholdKind.CoupleWithChildren);
        var reference = household.Members[0];
        harness.Integrate(reference.Niss);

        var answer = await harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(reference.Niss));

        answer.Person.SSIN.ShouldBe(reference.Niss);
        answer.CivilStatus.ShouldBe(reference.CivilStatus);
        answer.Household.Select(m => m.SSIN).ShouldBe(household.Members.Select(m => m.Niss));
        answer.Household.Count(m => m.Relationship == "CHILD").ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task RetrieveTIGroupsAsync_Transaction25_ReturnsAddressAndHouseholdGroups()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Residences.Count == 2);

        var answer = await harness.Investigation.RetrieveTIGroupsAsync(harness.Context(), new RetrieveTIGroupsRequest(person.Niss, History: true));

        answer.Groups.Count(g => g.Code == "IT001").ShouldBe(2);
        answer.Groups.ShouldContain(g => g.Code == "IT140" && g.Values.ContainsKey(person.Niss.Value));
        answer.Groups.ShouldContain(g => g.Code == "IT210" && g.Values["Register"] == person.Register.ToString());
    }

    [Fact]
    public async Task ConsultPersonnelFileAsync_Employee_ReturnsHisEmployment()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Employee);

        var answer = await harness.Investigation.ConsultPersonnelFileAsync(harness.Context(), new L950Request(person.Niss, LastYears));

        answer.Employments.ShouldBe(person.Employments);
    }

    [Fact]
    public async Task ConsultEmployerAsync_KnownEmployer_ReturnsTheDirectoryEntry()
    {
        await using var harness = await GatewayHarness.StartAsync();

        var answer = await harness.Investigation.ConsultEmployerAsync(harness.Context(), new A701Request("0501234595"));

        answer.Name.ShouldBe("Commune de Schaerbeek");
        answer.Sector.ShouldBe("ONSSAPL");
    }

    [Fact]
    public async Task ConsultSelfEmployedAsync_SelfEmployed_ReturnsTheAffiliation()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.SelfEmployed);

        var answer = await harness.Investigation.ConsultSelfEmployedAsync(harness.Context(), new L301Request(person.Niss, new Period(harness.Today, harness.Today)));

        answer.Affiliations.ShouldHaveSingleItem().ActivityStatus.ShouldBe("MAIN");
    }

    [Fact]
    public async Task ConsultHealthInsuranceAsync_Unemployed_IsInsuredWithIncreasedReimbursement()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Unemployed);

        var answer = await harness.Investigation.ConsultHealthInsuranceAsync(harness.Context(), new HealthInsuranceRequest(person.Niss, new Period(harness.Today, harness.Today)));

        var insurability = answer.Insurabilities.ShouldHaveSingleItem();
        insurability.IncreasedReimbursement.ShouldBeTrue();
        insurability.MutualityCode.ShouldBe(person.Insurability[0].MutualityCode);
    }

    [Fact]
    public async Task ConsultAddressesAsync_PersonWhoMoved_ReturnsBothResidencesInOrder()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Residences.Count == 2);

        var answer = await harness.Investigation.ConsultAddressesAsync(harness.Context(), new AddressHistoryRequest(person.Niss));

        answer.Residences.Count.ShouldBe(2);
        answer.Residences[1].Period.EndDate.ShouldBeNull();
        answer.Residences[0].Period.EndDate.ShouldBe(answer.Residences[1].Period.StartDate.AddDays(-1));
    }

    [Fact]
    public async Task ConsultWaitingRegisterAsync_AsylumSeeker_ReturnsTheProcedure()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.AsylumSeeker);

        var answer = await harness.Investigation.ConsultWaitingRegisterAsync(harness.Context(), new WaitingRegisterRequest(person.Niss));

        answer.Procedures.ShouldHaveSingleItem().ProcedureType.ShouldBe("INTERNATIONAL_PROTECTION");
    }

    [Fact]
    public async Task ConsultPensionCadastreAsync_Pensioner_ReturnsTheRetirementPension()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Pensioner);

        var answer = await harness.Investigation.ConsultPensionCadastreAsync(harness.Context(), new PensionCadastreRequest(person.Niss, new Period(harness.Today, harness.Today)));

        answer.Pensions.ShouldContain(p => p.PensionType == "RETIREMENT" && p.MonthlyGrossAmount > 900m);
    }

    [Fact]
    public async Task ConsultRealEstateAsync_Owner_ReturnsTheDwellingWithItsCadastralIncome()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Properties.Count > 0);

        var answer = await harness.Investigation.ConsultRealEstateAsync(harness.Context(), new RealEstateRequest(person.Niss));

        answer.Properties.ShouldBe(person.Properties);
        answer.Properties.ShouldContain(p => p.IsOwnDwelling && p.NonIndexedCadastralIncome >= 600m);
    }

    [Fact]
    public async Task ConsultFamilyAllowancesAsync_Allocataire_ReturnsOneLinePerChild()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.FamilyAllowances.Any(f => f.Role == "ALLOCATAIRE"));
        var children = harness.State.Population.HouseholdOf(person).Members.Count(m => m.Profile == PersonProfile.Child);

        var answer = await harness.Investigation.ConsultFamilyAllowancesAsync(harness.Context(), new FamilyAllowancesRequest(person.Niss, new Period(harness.Today, harness.Today)));

        answer.Allowances.Count.ShouldBe(children);
        answer.Allowances.ShouldAllBe(a => a.Role == "ALLOCATAIRE");
    }

    [Fact]
    public async Task ConsultUnemploymentAsync_Unemployed_ReturnsTheMonthsOfThePeriod()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Profile == PersonProfile.Unemployed);
        harness.Integrate(person.Niss, 2, new Period(new DateOnly(2025, 6, 1), new DateOnly(2026, 4, 30)));

        var answer = await harness.Investigation.ConsultUnemploymentAsync(harness.Context(),
            new UnemploymentRequest(person.Niss, new Period(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30))));

        answer.Payments.Select(p => p.Month).ShouldBe([7, 8, 9]);
        answer.Payments.ShouldAllBe(p => p.DailyAmount > 0 && p.Days >= 22);
    }
}
