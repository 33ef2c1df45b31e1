using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Tests.Support;

namespace PrimaWeb.Workflows.Engine.Tests.Execution;

public sealed class WorkflowRunnerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(150, "high 150")]
    [InlineData(100, "low")]
    public async Task StartAsync_Decision_TakesTheBranchOfTheCondition(int amount, string expectedVisit)
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("sequence");

        var result = await engine.StartAsync("sequence", new JsonObject { ["amount"] = amount });

        result.Status.ShouldBe(WorkflowStatus.Completed);
        engine.Probe.Visits.ShouldBe([expectedVisit]);
        (await engine.InstanceAsync(result.InstanceId)).FinishedAt.ShouldBe(engine.Clock.GetUtcNow());
    }

    [Fact]
    public async Task StartAsync_HumanTask_SuspendsWithAnOpenTaskBuiltFromExpressions()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("approval");

        var result = await engine.StartAsync("approval", new JsonObject { ["amount"] = 1000, ["caseId"] = "C-42" });

        result.Status.ShouldBe(WorkflowStatus.Suspended);
        var task = (await engine.OpenTasksAsync()).ShouldHaveSingleItem();
        task.Title.ShouldBe("Review case C-42");
        task.CaseId.ShouldBe("C-42");
        task.CandidateTeam.ShouldBe("social");
        task.Priority.ShouldBe(2);
        task.DueAt.ShouldBe(engine.Clock.GetUtcNow().AddDays(10));
        task.Status.ShouldBe(HumanTaskStatus.Open);
        (await engine.InstanceAsync(result.InstanceId)).State.Variables["yearly"]!.GetValue<decimal>().ShouldBe(12000m);
    }

    [Fact]
    public async Task ResumeAsync_SameBookmarkTwice_SecondIsNotApplied()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("signal");
        var started = await engine.StartAsync("signal", new JsonObject { ["formId"] = "F1" });
        var bookmark = (await engine.BookmarksAsync(started.InstanceId)).ShouldHaveSingleItem();

        var first = await engine.Run(r => r.ResumeAsync(bookmark.Id, new JsonObject { ["status"] = "ok" }, "spp-is", None));
        var second = await engine.Run(r => r.ResumeAsync(bookmark.Id, new JsonObject { ["status"] = "again" }, "spp-is", None));

        first.Status.ShouldBe(WorkflowStatus.Completed);
        second.Applied.ShouldBeFalse();
        engine.Probe.Visits.ShouldBe(["got ok"]);
    }

    [Fact]
    public async Task SignalAsync_CorrelationKey_ResumesOnlyTheMatchingInstance()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("signal");
        var one = await engine.StartAsync("signal", new JsonObject { ["formId"] = "F1" });
        var two = await engine.StartAsync("signal", new JsonObject { ["formId"] = "F2" });

        var results = await engine.Run(r => r.SignalAsync("answer", "F2", new JsonObject { ["status"] = "accepted" }, "spp-is", None));

        results.ShouldHaveSingleItem().InstanceId.ShouldBe(two.InstanceId);
        (await engine.InstanceAsync(two.InstanceId)).State.Variables["answer"]!["status"]!.GetValue<string>().ShouldBe("accepted");
        (await engine.InstanceAsync(one.InstanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Fact]
    public async Task FireTimerAsync_BeforeAndAfterDue_FiresOnceWhenDue()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("timer");
        var started = await engine.StartAsync("timer");
        var bookmark = (await engine.BookmarksAsync(started.InstanceId)).ShouldHaveSingleItem();

        var early = await engine.Run(r => r.FireTimerAsync(bookmark.Id, None));
        engine.Clock.Advance(TimeSpan.FromDays(28));
        var due = await engine.Run(r => r.FireTimerAsync(bookmark.Id, None));
        var again = await engine.Run(r => r.FireTimerAsync(bookmark.Id, None));

        bookmark.DueAt.ShouldBe(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero));
        early.Applied.ShouldBeFalse();
        due.Status.ShouldBe(WorkflowStatus.Completed);
        again.Applied.ShouldBeFalse();
        engine.Probe.Visits.ShouldBe(["after"]);
        (await engine.Store(s => s.ListTimersAsync(None))).ShouldBeEmpty();
    }

    [Fact]
    public async Task CompleteTasks_ForkAndJoin_ContinuesOnlyAfterBothBranches()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("parallel");
        var started = await engine.StartAsync("parallel");
        var tasks = await engine.OpenTasksAsync();

        tasks.Select(t => t.TaskType).ShouldBe(["housing", "income"]);
        await engine.Tasks(s => s.CompleteAsync(new TaskCommand(tasks[0].Id, 1, "op-1", "bob"), null, None));
        var halfway = await engine.InstanceAsync(started.InstanceId);
        await engine.Tasks(s => s.CompleteAsync(new TaskCommand(tasks[1].Id, 1, "op-2", "bob"), null, None));

        halfway.Status.ShouldBe(WorkflowStatus.Suspended);
        halfway.State.JoinArrivals["join"].ShouldBe(["housing:Done"]);
        engine.Probe.Visits.ShouldBe(["joined"]);
        (await engine.InstanceAsync(started.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task StartAsync_Journal_IsLeanUnlessAnInputOptsIn()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync("""
            {
              "definitionId": "lean", "version": 1, "name": "Lean", "effectiveFrom": "2026-01-01", "status": "published",
              "activities": [
                { "id": "start", "type": "Core.Start" },
                { "id": "visit", "type": "Test.RecordVisit", "inputs": { "label": "visible", "secret": "85.07.30-033.61" } }
              ],
              "connections": [ { "from": "start", "to": "visit" } ]
            }
            """);

        var result = await engine.StartAsync("lean");
        var journal = await engine.Store(s => s.ListJournalAsync(result.InstanceId, None));

        journal.Select(j => j.Kind).ShouldBe([
            JournalEventKind.InstanceStarted, JournalEventKind.ActivityStarted, JournalEventKind.ActivityCompleted,
            JournalEventKind.ActivityStarted, JournalEventKind.ActivityCompleted, JournalEventKind.InstanceCompleted]);
        journal.ShouldAllBe(j => j.Actor == "alice");
        var visit = journal.Single(j => j.Kind == JournalEventKind.ActivityStarted && j.ActivityId == "visit");
        visit.DataJson.ShouldBe("""{"label":"visible"}""");
        journal.ShouldAllBe(j => j.DataJson == null || !j.DataJson.Contains("85.07"));
    }

    [Fact]
    public async Task StartAsync_NoEndActivity_CompletesWhenNothingWaits()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync("""
            { "definitionId": "open-end", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
              "activities": [ { "id": "start", "type": "Core.Start" } ] }
            """);

        var result = await engine.StartAsync("open-end");

        result.Status.ShouldBe(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task EndActivity_OtherBranchWaiting_CancelsItsTaskAndBookmark()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync("""
            { "definitionId": "race", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
              "activities": [
                { "id": "start", "type": "Core.Start" }, { "id": "fork", "type": "Core.Fork" },
                { "id": "task", "type": "Core.HumanTask", "inputs": { "taskType": "t", "title": "t" } },
                { "id": "wait", "type": "Core.WaitForSignal", "inputs": { "signal": "stop" } },
                { "id": "end", "type": "Core.End" } ],
              "connections": [ { "from": "start", "to": "fork" }, { "from": "fork", "to": "task" }, { "from": "fork", "to": "wait" },
                { "from": "wait", "to": "end" }, { "from": "task", "to": "end" } ] }
            """);
        var started = await engine.StartAsync("race");

        await engine.Run(r => r.SignalAsync("stop", null, null, "system", None));

        (await engine.InstanceAsync(started.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        (await engine.BookmarksAsync(started.InstanceId)).ShouldBeEmpty();
        (await engine.OpenTasksAsync()).ShouldBeEmpty();
        var task = (await engine.Store(s => s.QueryTasksAsync(new InboxQuery("cpas-1") { Statuses = [HumanTaskStatus.Cancelled] }, None))).ShouldHaveSingleItem();
        task.Revision.ShouldBe(2);
    }

    [Fact]
    public async Task Bursts_ForkToTwoTasks_KeepTheCountOfOpenBookmarksInTheState()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("parallel");
        var started = await engine.StartAsync("parallel");
        var tasks = await engine.OpenTasksAsync();
        var afterStart = (await engine.InstanceAsync(started.InstanceId)).State.OpenBookmarks;

        await engine.Tasks(s => s.CompleteAsync(new TaskCommand(tasks[0].Id, 1, "op-1", "bob"), null, None));
        var halfway = (await engine.InstanceAsync(started.InstanceId)).State.OpenBookmarks;
        await engine.Tasks(s => s.CompleteAsync(new TaskCommand(tasks[1].Id, 1, "op-2", "bob"), null, None));

        afterStart.ShouldBe(2);
        halfway.ShouldBe(1);
        (await engine.InstanceAsync(started.InstanceId)).State.OpenBookmarks.ShouldBe(0);
    }

    [Fact]
    public async Task CompleteTasks_InstanceStartedBeforeTheBookmarkCount_CountsStoredBookmarksAndStillJoins()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("parallel");
        var started = await engine.StartAsync("parallel");
        var tasks = await engine.OpenTasksAsync();

        // As an instance persisted by an earlier release: its state has no count.
        await engine.Store(async s =>
        {
            var instance = (await s.FindInstanceAsync(started.InstanceId, None))!;
            instance.State.OpenBookmarks = null;
            instance.FlushState();
            await s.SaveChangesAsync(None);
            return 0;
        });
        await engine.Tasks(s => s.CompleteAsync(new TaskCommand(tasks[0].Id, 1, "op-1", "bob"), null, None));
        var halfway = await engine.InstanceAsync(started.InstanceId);
        await engine.Tasks(s => s.CompleteAsync(new TaskCommand(tasks[1].Id, 1, "op-2", "bob"), null, None));

        halfway.Status.ShouldBe(WorkflowStatus.Suspended);
        (await engine.InstanceAsync(started.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        engine.Probe.Visits.ShouldBe(["joined"]);
    }

    [Fact]
    public async Task StartAsync_ExpressionExceedsItsSteps_FaultsWithAnIncident()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync("""
            { "definitionId": "greedy", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
              "activities": [
                { "id": "start", "type": "Core.Start" },
                { "id": "spin", "type": "Test.RecordVisit", "inputs": { "label": { "template": "{% for i in (1..1000000) %}{% endfor %}" } } } ],
              "connections": [ { "from": "start", "to": "spin" } ] }
            """);

        var result = await engine.StartAsync("greedy");

        result.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = (await engine.Incidents(s => s.ListOpenAsync(new(), None))).ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("spin");
        incident.Error.ShouldContain("ExpressionException");
        engine.Probe.Visits.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartAsync_SameInstanceIdTwice_StartsOnce()
    {
        await using var engine = new EngineHarness();
        await engine.ImportFileAsync("sequence");
        var request = new StartWorkflowRequest("sequence") { InstanceId = Guid.NewGuid(), Variables = new JsonObject { ["amount"] = 500 } };

        var first = await engine.Run(r => r.StartAsync(request, None));
        var second = await engine.Run(r => r.StartAsync(request, None));

        first.Applied.ShouldBeTrue();
        second.ShouldBe(new WorkflowRunResult(first.InstanceId, WorkflowStatus.Completed, false));
        engine.Probe.Visits.ShouldBe(["high 500"]);
    }
}
