using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Tasks;

/// <summary>A completion is what it says: refused by the step that consumes it, it writes nothing; faulted after, it says so.</summary>
public sealed class TaskCompletionTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly EngineHarness _engine = new(engine => engine.AddActivity<CheckAmount>());
    private HumanTask _task = null!;
    private Guid _instanceId;

    public async Task InitializeAsync()
    {
        await _engine.ImportFileAsync("checked");
        _instanceId = (await _engine.StartAsync("checked")).InstanceId;
        _task = (await _engine.OpenTasksAsync()).Single();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task CompleteAsync_TheNextStepRefusesThePayload_IsRejectedNamingTheFieldAndLeavesEverythingAsItWas()
    {
        var result = await CompleteAsync("op-1", new JsonObject { ["amount"] = 5000 });

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        var refusal = result.Refusals.ShouldHaveSingleItem();
        (refusal.Field, refusal.Code).ShouldBe(("amount", "AboveCeiling"));
        refusal.Arguments.ShouldBe([5000m, CheckAmount.Ceiling]);
        var task = (await _engine.Tasks(s => s.FindAsync(_task.Id, None)))!;
        (task.Status, task.Revision, task.ResultJson).ShouldBe((HumanTaskStatus.Open, 1, (string?)null));
        (await _engine.Tasks(s => s.HistoryAsync(_task.Id, None))).Select(h => h.Action).ShouldBe([HumanTaskAction.Created]);
        (await _engine.InstanceAsync(_instanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
        (await _engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).ShouldBeEmpty();
        (await _engine.BookmarksAsync(_instanceId)).ShouldHaveSingleItem().Id.ShouldBe(_task.BookmarkId);
    }

    [Fact]
    public async Task CompleteAsync_AfterARefusal_TheCorrectedPayloadCompletesTheTask()
    {
        await CompleteAsync("op-1", new JsonObject { ["amount"] = 5000 });

        var result = await CompleteAsync("op-2", new JsonObject { ["amount"] = 500 });

        result.Status.ShouldBe(TaskOperationStatus.Succeeded);
        (await _engine.InstanceAsync(_instanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        _engine.Probe.Visits.ShouldBe(["checked", "call"]);
    }

    [Fact]
    public async Task CompleteAsync_ALaterStepFaults_KeepsTheCompletionAndNamesTheIncidentHoldingTheWorkflow()
    {
        _engine.Probe.FailuresLeft["call"] = 1;

        var result = await CompleteAsync("op-1", new JsonObject { ["amount"] = 500 });

        result.Status.ShouldBe(TaskOperationStatus.IncidentOpened);
        result.Succeeded.ShouldBeFalse();
        var incident = (await _engine.Incidents(s => s.ListOpenAsync(new IncidentFilter(), None))).ShouldHaveSingleItem();
        result.IncidentId.ShouldBe(incident.Id);
        incident.ActivityId.ShouldBe("call");
        var task = (await _engine.Tasks(s => s.FindAsync(_task.Id, None)))!;
        (task.Status, task.Revision).ShouldBe((HumanTaskStatus.Completed, result.Revision));
        (await _engine.InstanceAsync(_instanceId)).Status.ShouldBe(WorkflowStatus.Faulted);

        (await _engine.Incidents(s => s.RetryAsync(incident.Id, "operator", None))).ShouldBeTrue();
        (await _engine.InstanceAsync(_instanceId)).Status.ShouldBe(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task CompleteAsync_SameOperationIdWithOtherValues_IsAConflictAndAppliesNothing()
    {
        var first = await CompleteAsync("op-1", new JsonObject { ["amount"] = 500 });

        var other = await CompleteAsync("op-1", new JsonObject { ["amount"] = 600 }, first.Revision);
        var same = await CompleteAsync("op-1", new JsonObject { ["amount"] = 500 }, first.Revision);

        other.Status.ShouldBe(TaskOperationStatus.Conflict);
        other.Refusals.ShouldHaveSingleItem().Code.ShouldBe(TaskRefusalCodes.OperationReused);
        same.Status.ShouldBe(TaskOperationStatus.AlreadyApplied);
        (await _engine.Tasks(s => s.FindAsync(_task.Id, None)))!.ResultJson.ShouldBe("""{"amount":500}""");
    }

    [Fact]
    public async Task CompleteAsync_PayloadOutOfBounds_IsRejectedBeforeAnyStepRuns()
    {
        var result = await CompleteAsync("op-1", new JsonObject
        {
            ["amount"] = JsonNode.Parse("1e308"),
            ["lines"] = new JsonArray(new JsonObject { ["label"] = "rent", ["on"] = "9999-12-31" }, new JsonObject { ["on"] = "0001-01-01" }),
        });

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        result.Refusals.Select(r => (r.Field, r.Code)).ShouldBe([
            ("amount", FormErrorCodes.Max), ("lines[0].on", FormErrorCodes.DateRange), ("lines[1].label", FormErrorCodes.Required), ("lines[1].on", FormErrorCodes.DateRange)]);
        _engine.Probe.Visits.ShouldBeEmpty();
    }

    [Fact]
    public async Task Refusal_InABurstNobodyTyped_IsAFaultWithAnIncident()
    {
        await _engine.ImportAsync("""
            {
              "definitionId": "unattended", "version": 1, "name": "A check with no one to answer", "effectiveFrom": "2026-01-01", "status": "published",
              "variables": [ { "name": "amount", "type": "number", "default": 5000 } ],
              "activities": [
                { "id": "start", "type": "Core.Start", "version": 1 },
                { "id": "check", "type": "Test.CheckAmount", "version": 1, "inputs": { "amount": { "expression": "amount" } } },
                { "id": "end", "type": "Core.End", "version": 1 } ],
              "connections": [ { "from": "start", "to": "check" }, { "from": "check", "to": "end" } ]
            }
            """);

        var run = await _engine.StartAsync("unattended");

        run.Status.ShouldBe(WorkflowStatus.Faulted);
        run.IncidentId.ShouldNotBeNull();
        (await _engine.Incidents(s => s.ListOpenAsync(new IncidentFilter { InstanceId = run.InstanceId }, None))).ShouldHaveSingleItem().Error.ShouldContain("above");
    }

    private Task<TaskOperationResult> CompleteAsync(string operationId, JsonObject payload, int revision = 1) =>
        _engine.Tasks(s => s.CompleteAsync(new TaskCommand(_task.Id, revision, operationId, "bob"), payload, None));
}
