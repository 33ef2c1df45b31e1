using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Tasks;

public sealed class HumanTaskServiceTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly EngineHarness _engine = new();
    private HumanTask _task = null!;
    private Guid _instanceId;

    public async Task InitializeAsync()
    {
        await _engine.ImportFileAsync("approval");
        _instanceId = (await _engine.StartAsync("approval", new JsonObject { ["amount"] = 500, ["caseId"] = "C-1" })).InstanceId;
        _task = (await _engine.OpenTasksAsync()).Single();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _engine.Dispose();

    [Fact]
    public async Task ClaimThenComplete_ValidForm_ResumesTheWorkflowInTheSameCommit()
    {
        var claim = await _engine.Tasks(s => s.ClaimAsync(new TaskCommand(_task.Id, 1, "op-claim", "bob"), None));
        var complete = await _engine.Tasks(s => s.CompleteAsync(new TaskCommand(_task.Id, claim.Revision, "op-done", "bob"), new JsonObject { ["decision"] = "approve" }, None));

        claim.Status.ShouldBe(TaskOperationStatus.Succeeded);
        complete.Status.ShouldBe(TaskOperationStatus.Succeeded);
        complete.Revision.ShouldBe(3);
        var task = (await _engine.Tasks(s => s.FindAsync(_task.Id, None)))!;
        task.Status.ShouldBe(HumanTaskStatus.Completed);
        task.CompletedBy.ShouldBe("bob");
        var instance = await _engine.InstanceAsync(_instanceId);
        instance.Status.ShouldBe(WorkflowStatus.Completed);
        instance.State.Variables["review"]!["decision"]!.GetValue<string>().ShouldBe("approve");
    }

    [Fact]
    public async Task ClaimAsync_StaleRevision_IsAConflict()
    {
        await _engine.Tasks(s => s.ClaimAsync(new TaskCommand(_task.Id, 1, "op-1", "bob"), None));

        var second = await _engine.Tasks(s => s.ClaimAsync(new TaskCommand(_task.Id, 1, "op-2", "carol"), None));

        second.Status.ShouldBe(TaskOperationStatus.Conflict);
        second.Revision.ShouldBe(2);
        (await _engine.Tasks(s => s.FindAsync(_task.Id, None)))!.Assignee.ShouldBe("bob");
    }

    [Fact]
    public async Task CompleteAsync_SameOperationTwice_SecondIsAlreadyAppliedAndChangesNothing()
    {
        var command = new TaskCommand(_task.Id, 1, "op-done", "bob");
        var payload = new JsonObject { ["decision"] = "approve" };

        var first = await _engine.Tasks(s => s.CompleteAsync(command, payload, None));
        var again = await _engine.Tasks(s => s.CompleteAsync(command, payload, None));

        first.Status.ShouldBe(TaskOperationStatus.Succeeded);
        again.Status.ShouldBe(TaskOperationStatus.AlreadyApplied);
        (await _engine.Tasks(s => s.HistoryAsync(_task.Id, None))).Count(h => h.Action == HumanTaskAction.Completed).ShouldBe(1);
        _engine.Probe.Delivered.ShouldBeEmpty();
        (await _engine.Store(s => s.ListDueOutboxMessagesAsync(_engine.Clock.GetUtcNow(), 10, None))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task CompleteAsync_TwoUsersAtOnce_OneSucceedsAndOneConflicts()
    {
        var results = await Task.WhenAll(
            _engine.Tasks(s => s.CompleteAsync(new TaskCommand(_task.Id, 1, "op-bob", "bob"), new JsonObject { ["decision"] = "approve" }, None)),
            _engine.Tasks(s => s.CompleteAsync(new TaskCommand(_task.Id, 1, "op-carol", "carol"), new JsonObject { ["decision"] = "reject" }, None)));

        results.Select(r => r.Status).ShouldBe([TaskOperationStatus.Succeeded, TaskOperationStatus.Conflict], ignoreOrder: true);
        (await _engine.Tasks(s => s.HistoryAsync(_task.Id, None))).Count(h => h.Action == HumanTaskAction.Completed).ShouldBe(1);
    }

    [Fact]
    public async Task CompleteAsync_PayloadBreaksTheForm_IsRejectedAndTheTaskStaysOpen()
    {
        var result = await _engine.Tasks(s => s.CompleteAsync(
            new TaskCommand(_task.Id, 1, "op-1", "bob"), new JsonObject { ["decision"] = "maybe", ["note"] = new string('x', 30), ["extra"] = 1 }, None));

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        result.Errors.ShouldBe([
            "'decision' must be one of approve, reject.", "'note' must be at most 20 characters.", "'extra' is not a field of this form."]);
        (await _engine.Tasks(s => s.FindAsync(_task.Id, None)))!.ShouldSatisfyAllConditions(
            t => t.Status.ShouldBe(HumanTaskStatus.Open),
            t => t.Revision.ShouldBe(1));
        (await _engine.InstanceAsync(_instanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Fact]
    public async Task ReleaseAndReassign_KeepAHistoryOfWhoAndWhen()
    {
        await _engine.Tasks(s => s.ClaimAsync(new TaskCommand(_task.Id, 1, "op-1", "bob"), None));
        _engine.Clock.Advance(TimeSpan.FromHours(1));
        await _engine.Tasks(s => s.ReleaseAsync(new TaskCommand(_task.Id, 2, "op-2", "bob"), None));
        await _engine.Tasks(s => s.ReassignAsync(new TaskCommand(_task.Id, 3, "op-3", "manager"), "carol", None));

        var history = await _engine.Tasks(s => s.HistoryAsync(_task.Id, None));

        history.Select(h => (h.Action, h.Actor, h.Assignee, h.Revision)).ShouldBe([
            (HumanTaskAction.Created, "alice", null, 1),
            (HumanTaskAction.Claimed, "bob", "bob", 2),
            (HumanTaskAction.Released, "bob", null, 3),
            (HumanTaskAction.Reassigned, "manager", "carol", 4)]);
        history[2].At.ShouldBe(history[1].At.AddHours(1));
    }

    [Fact]
    public async Task ReleaseAsync_OpenTask_IsRejected()
    {
        var result = await _engine.Tasks(s => s.ReleaseAsync(new TaskCommand(_task.Id, 1, "op-1", "bob"), None));

        result.Status.ShouldBe(TaskOperationStatus.Rejected);
    }

    [Fact]
    public async Task ClaimAsync_UnknownTask_IsNotFound()
    {
        var result = await _engine.Tasks(s => s.ClaimAsync(new TaskCommand(Guid.NewGuid(), 1, "op-1", "bob"), None));

        result.Status.ShouldBe(TaskOperationStatus.NotFound);
    }
}
