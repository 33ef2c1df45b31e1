using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Incidents;

public sealed class IncidentServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task StartAsync_ActivityFaults_RollsTheBurstBackAndOpensAnIncident()
    {
        await using var engine = await StartFaultyAsync(failures: 1);

        var incident = (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).ShouldHaveSingleItem();
        var instance = await engine.InstanceAsync(incident.InstanceId);

        instance.Status.ShouldBe(WorkflowStatus.Faulted);
        instance.State.Pending.ShouldBe([new PendingToken("start", null)]);
        incident.ActivityId.ShouldBe("call");
        incident.Error.ShouldBe("InvalidOperationException: The service is down.");
        incident.Attempts.ShouldBe(1);
        incident.NextRetryAt.ShouldBe(engine.Clock.GetUtcNow().AddSeconds(60));
        // The message enqueued earlier in the burst was rolled back with it: no side effect of a failed burst.
        (await engine.Store(s => s.ListDueOutboxMessagesAsync(engine.Clock.GetUtcNow(), 10, None))).ShouldBeEmpty();
        (await engine.Store(s => s.ListJournalAsync(instance.Id, None))).Select(j => j.Kind)
            .ShouldBe([JournalEventKind.ActivityFaulted, JournalEventKind.InstanceFaulted]);
    }

    [Fact]
    public async Task RetryAsync_AfterTheCauseIsFixed_ReplaysTheBurstToTheEnd()
    {
        await using var engine = await StartFaultyAsync(failures: 1);
        var incident = (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).Single();

        var retried = await engine.Incidents(s => s.RetryAsync(incident.Id, "operator", None));

        retried.ShouldBeTrue();
        (await engine.InstanceAsync(incident.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        engine.Probe.Visits.ShouldBe(["call", "after"]);
        (await engine.Store(s => s.FindIncidentAsync(incident.Id, None)))!.Status.ShouldBe(IncidentStatus.Resolved);
        (await engine.Store(s => s.ListDueOutboxMessagesAsync(engine.Clock.GetUtcNow(), 10, None))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task RetryDueAsync_BackOff_RetriesOnlyWhenDueAndStopsAfterTheLastAttempt()
    {
        await using var engine = await StartFaultyAsync(failures: 5);
        var id = (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).Single().Id;

        var notYet = await engine.Incidents(s => s.RetryDueAsync(None));
        engine.Clock.Advance(TimeSpan.FromSeconds(60));
        var first = await engine.Incidents(s => s.RetryDueAsync(None));
        var afterFirst = (await engine.Store(s => s.FindIncidentAsync(id, None)))!;
        engine.Clock.Advance(TimeSpan.FromSeconds(120));
        await engine.Incidents(s => s.RetryDueAsync(None));
        var exhausted = (await engine.Store(s => s.FindIncidentAsync(id, None)))!;

        notYet.ShouldBe(0);
        first.ShouldBe(1);
        afterFirst.Attempts.ShouldBe(2);
        afterFirst.Status.ShouldBe(IncidentStatus.Open);
        afterFirst.NextRetryAt.ShouldBe(engine.Clock.GetUtcNow());
        exhausted.Attempts.ShouldBe(3);
        exhausted.NextRetryAt.ShouldBeNull();
        (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task SkipAsync_WithAnOutcome_TakesThatBranchWithoutRunningTheActivity()
    {
        await using var engine = await StartFaultyAsync(failures: 10);
        var incident = (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).Single();

        await engine.Incidents(s => s.SkipAsync(incident.Id, "Alternative", "operator", None));

        engine.Probe.Visits.ShouldBe(["alternative"]);
        (await engine.InstanceAsync(incident.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        (await engine.Store(s => s.FindIncidentAsync(incident.Id, None)))!.Status.ShouldBe(IncidentStatus.Skipped);
    }

    [Fact]
    public async Task CancelAsync_Incident_CancelsTheInstance()
    {
        await using var engine = await StartFaultyAsync(failures: 10);
        var incident = (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).Single();

        await engine.Incidents(s => s.CancelAsync(incident.Id, "operator", None));

        (await engine.InstanceAsync(incident.InstanceId)).Status.ShouldBe(WorkflowStatus.Cancelled);
        (await engine.Store(s => s.FindIncidentAsync(incident.Id, None)))!.ShouldSatisfyAllConditions(
            i => i.Status.ShouldBe(IncidentStatus.Cancelled),
            i => i.ClosedBy.ShouldBe("operator"));
    }

    [Fact]
    public async Task RetryAsync_FilteredBatch_RetriesOnlyTheMatchingIncidents()
    {
        await using var engine = await StartFaultyAsync(failures: 1);
        engine.Probe.FailuresLeft["call"] = 1;
        await engine.StartAsync("faulty");
        await engine.ImportAsync("""
            { "definitionId": "other", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
              "activities": [ { "id": "start", "type": "Core.Start" }, { "id": "boom", "type": "Test.FailWhenAsked" } ],
              "connections": [ { "from": "start", "to": "boom" } ] }
            """);
        engine.Probe.FailuresLeft["boom"] = 1;
        await engine.StartAsync("other");

        var count = await engine.Incidents(s => s.RetryAsync(new IncidentFilter { DefinitionId = "faulty" }, "operator", None));

        count.ShouldBe(2);
        (await engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).ShouldHaveSingleItem().DefinitionId.ShouldBe("other");
    }

    private static async Task<EngineHarness> StartFaultyAsync(int failures)
    {
        var engine = new EngineHarness();
        await engine.ImportFileAsync("faulty");
        engine.Probe.FailuresLeft["call"] = failures;
        await engine.StartAsync("faulty");
        return engine;
    }
}
