using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Catalog;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Tests.Support;
using PrimaWeb.Workflows.Simulator.Faults;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.FederalServices.Tests.Transport;

/// <summary>Time-outs, retries with back-off for calls safe to repeat, idempotent sends, typed failures.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task Consultation_TwoServerErrors_SucceedsOnTheThirdAttempt()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Service = ServiceCatalog.PerformInvestigation.Name, Kind = FaultKind.ServerError, Times = 2 });

        var answer = await harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss));

        answer.Person.SSIN.ShouldBe(person.Niss);
        harness.Simulator.Journal.For(ServiceCatalog.PerformInvestigation.Name).Select(e => e.Attempt).ShouldBe([1, 2, 3]);
        harness.Audit.Entries.ShouldHaveSingleItem().Attempts.ShouldBe(3);
    }

    [Fact]
    public async Task Consultation_ServiceDown_ThrowsServiceUnavailableAfterAllRetries()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, StatusCode = 502 });

        var error = await Should.ThrowAsync<ServiceUnavailableException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss)));

        error.Attempts.ShouldBe(4);
        harness.RequestsTo(ServiceCatalog.PerformInvestigation.Name).ShouldBe(4);
        harness.Audit.Entries.ShouldHaveSingleItem().Outcome.ShouldBe(AuditOutcome.Failed);
    }

    [Fact]
    public async Task Consultation_AnswerSlowerThanTheAttemptTimeOut_TimesOutThenRetries()
    {
        await using var harness = await GatewayHarness.StartAsync(new() { ["FederalServices:AttemptTimeout"] = "00:00:01" });
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Service = ServiceCatalog.HealthInsurance.Name, Kind = FaultKind.Timeout, Latency = TimeSpan.FromSeconds(20), Times = 1 });

        var answer = await harness.Investigation.ConsultHealthInsuranceAsync(harness.Context(),
            new HealthInsuranceRequest(person.Niss, new Common.Period(harness.Today, harness.Today)));

        answer.SSIN.ShouldBe(person.Niss);
        harness.RequestsTo(ServiceCatalog.HealthInsurance.Name).ShouldBe(2);
    }

    [Fact]
    public async Task Consultation_AlwaysTooSlow_ThrowsServiceUnavailable()
    {
        await using var harness = await GatewayHarness.StartAsync(new()
        {
            ["FederalServices:AttemptTimeout"] = "00:00:00.200",
            ["FederalServices:MaxRetryAttempts"] = "1",
        });
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Timeout, Latency = TimeSpan.FromSeconds(5) });

        var error = await Should.ThrowAsync<ServiceUnavailableException>(() =>
            harness.Investigation.ConsultRealEstateAsync(harness.Context(), new RealEstateRequest(person.Niss)));

        error.Message.ShouldContain("timed out");
        error.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task Consultation_LatencyWithinTheTimeOut_Succeeds()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Latency = TimeSpan.FromMilliseconds(150), Person = person.Niss.Value });

        var answer = await harness.Investigation.ConsultAddressesAsync(harness.Context(), new AddressHistoryRequest(person.Niss));

        answer.Residences.ShouldNotBeEmpty();
        harness.RequestsTo(ServiceCatalog.AddressHistory.Name).ShouldBe(1);
    }

    [Fact]
    public async Task Consultation_MalformedBody_ThrowsMalformedAnswerWithoutRetry()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Service = ServiceCatalog.PerformInvestigation.Name, Person = person.Niss.Value, Kind = FaultKind.MalformedBody });

        await Should.ThrowAsync<MalformedAnswerException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss)));

        harness.RequestsTo(ServiceCatalog.PerformInvestigation.Name).ShouldBe(1);
    }

    [Fact]
    public async Task Fault_ForAnotherPerson_DoesNotHitThisOne()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        harness.Simulator.Faults.Add(new FaultRule { Person = "93051822361", Kind = FaultKind.MalformedBody });

        var answer = await harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss));

        answer.Person.SSIN.ShouldBe(person.Niss);
    }

    [Fact]
    public async Task Send_AnswerLostAfterRecording_IsRetriedWithTheSameKeyAndRecordedOnce()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Unemployed, code: 2);
        harness.Simulator.Faults.Add(new FaultRule { Service = ServiceCatalog.RegistreAttest.Name, Kind = FaultKind.ServerErrorAfterProcessing, Times = 1 });

        var receipt = await harness.SppIs.SendRegistreAttestAsync(harness.Context(),
            new RegistreAttestRequest("F-9", DisDecision.GRANT, person.Niss, null, 2, harness.Today, null, 1314.20m, harness.Today));

        var requests = harness.Simulator.Journal.For(ServiceCatalog.RegistreAttest.Name);
        requests.Count.ShouldBe(2);
        requests.Select(r => r.IdempotencyKey).Distinct().ShouldHaveSingleItem().ShouldNotBeNullOrEmpty();
        harness.State.SppIs.Forms.ShouldHaveSingleItem().FormId.ShouldBe(receipt.FormId);
    }

    [Fact]
    public async Task Send_SameIdempotencyKeyTwice_IsRecordedOnceAndAnsweredTheSame()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Unemployed, code: 2);
        var form = new RegistreAttestRequest("F-10", DisDecision.GRANT, person.Niss, null, 2, harness.Today, null, 1314.20m, harness.Today);

        var first = await harness.SppIs.SendRegistreAttestAsync(harness.Context(idempotencyKey: "outbox-42"), form);
        var second = await harness.SppIs.SendRegistreAttestAsync(harness.Context(idempotencyKey: "outbox-42"), form);

        second.ShouldBe(first);
        harness.State.SppIs.Forms.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Send_RetriesOfSendsTurnedOff_IsNotRetried()
    {
        await using var harness = await GatewayHarness.StartAsync(new() { ["FederalServices:RetrySends"] = "false" });
        var person = harness.IntegratedPerson(p => p.Profile == PersonProfile.Unemployed, code: 2);
        harness.Simulator.Faults.Add(new FaultRule { Service = ServiceCatalog.RegistreAttest.Name, Kind = FaultKind.ServerError, Times = 1 });

        await Should.ThrowAsync<ServiceUnavailableException>(() => harness.SppIs.SendRegistreAttestAsync(harness.Context(),
            new RegistreAttestRequest("F-11", DisDecision.GRANT, person.Niss, null, 2, harness.Today, null, 1314.20m, harness.Today)));

        harness.RequestsTo(ServiceCatalog.RegistreAttest.Name).ShouldBe(1);
        harness.State.SppIs.Forms.ShouldBeEmpty();
    }

    [Fact]
    public async Task Call_SimulatorStopped_ThrowsServiceUnavailable()
    {
        var harness = await GatewayHarness.StartAsync(new() { ["FederalServices:MaxRetryAttempts"] = "1" });
        var person = harness.IntegratedPerson(p => p.Register == Common.RegisterType.Population);
        await harness.Simulator.DisposeAsync();

        await Should.ThrowAsync<ServiceUnavailableException>(() =>
            harness.Investigation.PerformInvestigationAsync(harness.Context(), new PerformInvestigationRequest(person.Niss)));
    }
}
