using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Integrations.Control;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Heating;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.FederalServices.Tests.Control;

/// <summary>The control runs before the call: a refusal sends nothing, names person, day and code, and is audited.</summary>
public sealed class IntegrationControlTests
{
    [Fact]
    public async Task Consultation_PersonNotIntegrated_IsRefusedWithoutAnyRequest()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);

        var error = await Should.ThrowAsync<IntegrationRefusedException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss)));

        var missing = error.Verdict.Missing.ShouldHaveSingleItem();
        missing.Niss.ShouldBe(person.Niss);
        missing.Requirement.ShouldBe(IntegrationRequirement.AnyIntegration);
        missing.Day.ShouldBe(harness.Today);
        missing.AcceptedCodes.ShouldContain(CapacityCode.UnderInvestigation);
        harness.Simulator.Journal.Entries.ShouldBeEmpty();
        harness.Audit.Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.RefusedByControl);
    }

    [Fact]
    public async Task Consultation_IntegrationEndedYesterday_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);
        harness.Integrate(person.Niss, 1, new Period(harness.Today.AddDays(-40), harness.Today.AddDays(-1)));

        var error = await Should.ThrowAsync<IntegrationRefusedException>(() =>
            harness.Investigation.ConsultAddressesAsync(harness.Context(), new AddressHistoryRequest(person.Niss)));

        var missing = error.Verdict.Missing.ShouldHaveSingleItem();
        missing.Requirement.ShouldBe(IntegrationRequirement.OnConsultationDay);
        missing.Day.ShouldBe(harness.Today);
        harness.RequestsTo(ServiceCatalog.AddressHistory.Name).ShouldBe(0);
    }

    [Fact]
    public async Task Consultation_PeriodWithoutDayInCommon_IsRefusedNamingThePeriod()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Employee);
        var period2024 = Period.Year(2024);

        var error = await Should.ThrowAsync<IntegrationRefusedException>(() =>
            harness.Investigation.ConsultPersonnelFileAsync(harness.Context(), new L950Request(person.Niss, period2024)));

        var missing = error.Verdict.Missing.ShouldHaveSingleItem();
        missing.Requirement.ShouldBe(IntegrationRequirement.DuringConsultedPeriod);
        missing.Day.ShouldBeNull();
        missing.Period.ShouldBe(DatePeriod.CalendarYear(2024));
        harness.RequestsTo(ServiceCatalog.L950.Name).ShouldBe(0);
    }

    [Fact]
    public async Task DisForm_PartnerNotIntegratedOnSendingDay_IsRefusedNamingThePartner()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var household = harness.State.Population.Households.First(h => h.Kind == HouseholdKind.CoupleWithoutChildren);
        var (main, partner) = (household.Members[0], household.Members[1]);
        harness.Integrate(main.Niss, 2, new Period(new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 31)));
        harness.Integrate(partner.Niss, 5, new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)));

        var error = await Should.ThrowAsync<IntegrationRefusedException>(() => harness.SppIs.SendRegistreAttestAsync(harness.Context(),
            new RegistreAttestRequest("F-1", DisDecision.GRANT, main.Niss, partner.Niss, 1, new DateOnly(2026, 2, 1), null, 876.13m, new DateOnly(2026, 3, 10))));

        var missing = error.Verdict.Missing.ShouldHaveSingleItem();
        missing.Niss.ShouldBe(partner.Niss);
        missing.Role.ShouldBe(ControlledRole.Partner);
        missing.Requirement.ShouldBe(IntegrationRequirement.OnSendingDay);
        missing.Day.ShouldBe(harness.Today);
        harness.RequestsTo(ServiceCatalog.RegistreAttest.Name).ShouldBe(0);
    }

    [Fact]
    public async Task DisForm_MainNotIntegratedOnEffectiveDate_IsRefusedNamingTheEffectiveDate()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var main = harness.Person(p => p.Profile == PersonProfile.Unemployed);
        harness.Integrate(main.Niss, 2, new Period(new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)));

        var error = await Should.ThrowAsync<IntegrationRefusedException>(() => harness.SppIs.SendRegistreAttestAsync(harness.Context(),
            new RegistreAttestRequest("F-1", DisDecision.GRANT, main.Niss, null, 2, new DateOnly(2026, 2, 1), null, 1314.20m, new DateOnly(2026, 3, 10))));

        var missing = error.Verdict.Missing.ShouldHaveSingleItem();
        missing.Requirement.ShouldBe(IntegrationRequirement.OnEffectiveDate);
        missing.Day.ShouldBe(new DateOnly(2026, 2, 1));
    }

    [Fact]
    public async Task Heating_SecondaryIntegratedOnlyLastYear_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var household = harness.State.Population.Households.First(h => h.Kind == HouseholdKind.CoupleWithoutChildren);
        var (main, secondary) = (household.Members[0], household.Members[1]);
        harness.Integrate(main.Niss, 40, Period.Year(2026));
        harness.Integrate(secondary.Niss, 40, Period.Year(2025));

        var error = await Should.ThrowAsync<IntegrationRefusedException>(() => harness.Heating.ComputeAllocationAsync(harness.Context(),
            new HeatingAllocationRequest(main.Niss, [secondary.Niss], 2026, 2, FuelType.GasOil, PurchaseMode.Bulk, new DateOnly(2026, 3, 1), 1000, 0.95m)));

        error.Verdict.Missing.ShouldAllBe(m => m.Niss == secondary.Niss && m.Role == ControlledRole.SecondaryBeneficiary);
        error.Verdict.Missing.Select(m => m.Requirement).ShouldBe([IntegrationRequirement.OnSendingDay, IntegrationRequirement.DuringHeatingPeriod]);
        error.Verdict.Missing[0].AcceptedCodes.ShouldContain(CapacityCode.HeatingAllowance);
    }

    [Fact]
    public async Task Consultation_IntegratedForTheApplicationButNotAtTheBcss_RaisesPersonNotIntegrated()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);
        harness.Directory.Register(GatewayHarness.Cpas, person.Niss, CapacityCode.UnderInvestigation, harness.Today, harness.Today.AddDays(30));

        var error = await Should.ThrowAsync<PersonNotIntegratedException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss)));

        error.Code.ShouldBe("MSG00012");
        error.Message.ShouldContain("-300020");
        harness.RequestsTo(ServiceCatalog.PerformInvestigation.Name).ShouldBe(1);
        harness.Audit.Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.RefusedByService);
    }

    [Fact]
    public async Task Consultation_IntegratedByAnotherCpasOnly_IsRefused()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.Person(p => p.Register == RegisterType.Population);
        harness.Integrate(person.Niss, cpas: GatewayHarness.OtherCpas);

        await Should.ThrowAsync<IntegrationRefusedException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss)));

        harness.Simulator.Journal.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Call_MalformedTenantCode_IsRefusedBeforeAnything()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == RegisterType.Population);

        var error = await Should.ThrowAsync<DomainValidationException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(cpas: "0212345678"), new PerformInvestigationRequest(person.Niss)));

        error.Message.ShouldContain("0212345678");
        harness.Simulator.Journal.Entries.ShouldBeEmpty();
    }
}
