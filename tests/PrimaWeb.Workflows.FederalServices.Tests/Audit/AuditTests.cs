using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.FederalServices.Tests.Audit;

public sealed class AuditTests
{
    [Fact]
    public async Task Call_Succeeded_IsAuditedWithWhoWhatWhyAndWhen()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Employee);

        await harness.Investigation.ConsultRealEstateAsync(harness.Context("CASE-7"), new RealEstateRequest(person.Niss));

        var entry = (await harness.Audit.ListByPersonAsync(GatewayHarness.Cpas, person.Niss, default)).ShouldHaveSingleItem();
        entry.User.ShouldBe("social.worker@cpas.example");
        entry.Cpas.ShouldBe(GatewayHarness.Cpas);
        entry.CaseId.ShouldBe("CASE-7");
        entry.RequestId.ShouldBe("REQ-1");
        entry.Service.ShouldBe(ServiceCatalog.RealEstate.Name);
        entry.LegalContext.ShouldBe(LegalContext.SocialInquiry.Code);
        entry.LegalBasis.ShouldBe(LegalContext.SocialInquiry.LegalBasis);
        entry.At.ShouldBe(harness.Time.GetUtcNow());
        entry.Outcome.ShouldBe(AuditOutcome.Succeeded);
        entry.RequestSummary.ShouldContain(person.Niss.Value);
        entry.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task ListByCaseAsync_MixedOutcomes_ListsEveryCallOfTheCaseOnly()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var integrated = harness.IntegratedPerson(p => p.Profile == PersonProfile.Employee);
        var notIntegrated = harness.Person(p => p.Profile == PersonProfile.Unemployed);

        await harness.Investigation.PerformInvestigationAsync(harness.Context("CASE-1"), new PerformInvestigationRequest(integrated.Niss));
        await Should.ThrowAsync<IntegrationRefusedException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context("CASE-1"), new PerformInvestigationRequest(notIntegrated.Niss)));
        await harness.Investigation.PerformInvestigationAsync(harness.Context("CASE-2"), new PerformInvestigationRequest(integrated.Niss));

        var entries = await harness.Audit.ListByCaseAsync(GatewayHarness.Cpas, "CASE-1", default);

        entries.Select(e => e.Outcome).ShouldBe([AuditOutcome.Succeeded, AuditOutcome.RefusedByControl]);
        entries[1].Persons.ShouldBe([notIntegrated.Niss]);
        entries[1].Detail.ShouldNotBeNull().ShouldContain(notIntegrated.Niss.Formatted);
    }

    [Fact]
    public async Task ListByPersonAsync_AnotherCpas_SeesNothing()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Employee);
        await harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss));

        (await harness.Audit.ListByPersonAsync(GatewayHarness.OtherCpas, person.Niss, default)).ShouldBeEmpty();
    }
}
