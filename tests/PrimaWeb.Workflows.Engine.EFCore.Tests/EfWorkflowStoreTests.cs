using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.EFCore.Journal;
using PrimaWeb.Workflows.Engine.EFCore.Tests.Support;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests;

public sealed class EfWorkflowStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StartAsync_ActivityWritesADomainRow_CommitsItWithTheBurst(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("letter");

        var result = await engine.StartAsync("letter");

        result.Status.ShouldBe(WorkflowStatus.Suspended);
        var letter = (await engine.Db(db => db.Letters.ToListAsync())).ShouldHaveSingleItem();
        letter.InstanceId.ShouldBe(result.InstanceId);
        (await engine.Store(s => s.ListBookmarksAsync(result.InstanceId, None))).ShouldHaveSingleItem().ActivityId.ShouldBe("wait");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task StartAsync_LaterActivityFaults_RollsTheDomainRowBackUntilTheRetry(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("letter");
        engine.Faults.Arm("call", 1);

        var result = await engine.StartAsync("letter");
        var lettersAfterFault = await engine.Db(db => db.Letters.CountAsync());
        var incident = (await engine.InScopeAsync(sp => sp.GetRequiredService<IncidentService>().ListOpenAsync(new IncidentFilter(), None))).ShouldHaveSingleItem();
        await engine.InScopeAsync(sp => sp.GetRequiredService<IncidentService>().RetryAsync(incident.Id, "operator", None));

        result.Status.ShouldBe(WorkflowStatus.Faulted);
        lettersAfterFault.ShouldBe(0);
        incident.ActivityId.ShouldBe("call");
        (await engine.Db(db => db.Letters.CountAsync())).ShouldBe(1);
        (await engine.InstanceAsync(result.InstanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Journal_TwoBursts_StoresOneRowPerBurstAndReadsEveryLineInOrder(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("letter");

        var result = await engine.StartAsync("letter");
        await engine.Run(r => r.SignalAsync("answer", null, null, "sppis", None));

        (await engine.Db(db => db.Set<JournalBatch>().CountAsync(b => b.InstanceId == result.InstanceId))).ShouldBe(2);
        var journal = await engine.Store(s => s.ListJournalAsync(result.InstanceId, None));
        journal.Select(j => (j.Kind, j.ActivityId)).ShouldBe([
            (JournalEventKind.InstanceStarted, null),
            (JournalEventKind.ActivityStarted, "start"), (JournalEventKind.ActivityCompleted, "start"),
            (JournalEventKind.ActivityStarted, "write"), (JournalEventKind.ActivityCompleted, "write"),
            (JournalEventKind.ActivityStarted, "call"), (JournalEventKind.ActivityCompleted, "call"),
            (JournalEventKind.ActivityStarted, "wait"), (JournalEventKind.ActivitySuspended, "wait"),
            (JournalEventKind.ActivityResumed, "wait"), (JournalEventKind.ActivityCompleted, "wait"),
            (JournalEventKind.ActivityStarted, "end"), (JournalEventKind.ActivityCompleted, "end"),
            (JournalEventKind.InstanceCompleted, null)]);
        journal.Where(j => j.Kind == JournalEventKind.ActivityResumed).ShouldAllBe(j => j.Actor == "sppis" && j.InstanceId == result.InstanceId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ResumeAsync_StaleScopeResumesABookmarkAlreadyResumed_IsNotApplied(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("letter");
        var started = await engine.StartAsync("letter");

        await using var stale = engine.Services.CreateAsyncScope();
        var staleStore = stale.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var bookmark = (await staleStore.ListBookmarksAsync(started.InstanceId, None)).Single();
        await staleStore.FindInstanceAsync(started.InstanceId, None);
        var winner = await engine.Run(r => r.ResumeAsync(bookmark.Id, null, "node-a", None));
        var loser = await stale.ServiceProvider.GetRequiredService<WorkflowRunner>().ResumeAsync(bookmark.Id, null, "node-b", None);

        winner.Applied.ShouldBeTrue();
        winner.Status.ShouldBe(WorkflowStatus.Completed);
        loser.Applied.ShouldBeFalse();
        var journal = await engine.Store(s => s.ListJournalAsync(started.InstanceId, None));
        journal.Count(j => j.Kind == JournalEventKind.ActivityResumed).ShouldBe(1);
        journal.Single(j => j.Kind == JournalEventKind.ActivityResumed).Actor.ShouldBe("node-a");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveChangesAsync_TwoWritersOfOneInstance_SecondIsRefusedWithNothingWritten(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("letter");
        var id = (await engine.StartAsync("letter")).InstanceId;
        await using var first = engine.Services.CreateAsyncScope();
        await using var second = engine.Services.CreateAsyncScope();
        var firstStore = first.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var mine = (await firstStore.FindInstanceAsync(id, None))!;
        var theirs = (await secondStore.FindInstanceAsync(id, None))!;

        mine.CorrelationKey = "first";
        await firstStore.SaveChangesAsync(None);
        theirs.CorrelationKey = "second";
        secondStore.AddJournalEntry(new JournalEntry { Id = Guid.NewGuid(), InstanceId = id, Kind = JournalEventKind.ActivityStarted, At = engine.Clock.GetUtcNow() });

        await Should.ThrowAsync<WorkflowConcurrencyException>(() => secondStore.SaveChangesAsync(None));
        (await engine.InstanceAsync(id)).CorrelationKey.ShouldBe("first");
        (await engine.Store(s => s.ListJournalAsync(id, None))).ShouldNotContain(j => j.Kind == JournalEventKind.ActivityStarted && j.ActivityId == null);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveChangesAsync_StaleWriterOnlyJournalsItsInstance_IsRefusedWithNothingWritten(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("letter");
        var id = (await engine.StartAsync("letter")).InstanceId;
        await using var first = engine.Services.CreateAsyncScope();
        await using var second = engine.Services.CreateAsyncScope();
        var firstStore = first.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<IWorkflowStore>();
        (await firstStore.FindInstanceAsync(id, None))!.CorrelationKey = "first";
        _ = (await secondStore.FindInstanceAsync(id, None))!;
        await firstStore.SaveChangesAsync(None);

        // A burst that leaves its instance's columns as they were (fake clock, one bookmark for another) still writes
        // through the instance's concurrency column, so a stale one cannot commit beside the other writer.
        secondStore.AddJournalEntry(new JournalEntry { Id = Guid.NewGuid(), InstanceId = id, Kind = JournalEventKind.ActivityStarted, At = engine.Clock.GetUtcNow() });

        await Should.ThrowAsync<WorkflowConcurrencyException>(() => secondStore.SaveChangesAsync(None));
        (await engine.Store(s => s.ListJournalAsync(id, None))).ShouldNotContain(j => j.Kind == JournalEventKind.ActivityStarted && j.ActivityId == null);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CompleteAsync_ApprovalWorkflow_CompletesAndDeliversTheMessageOnce(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("approval");
        var started = await engine.StartAsync("approval", new JsonObject { ["amount"] = 100, ["caseId"] = "C-1" });
        var task = (await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1"), None))).Single();

        var completed = await engine.Tasks(s => s.CompleteAsync(new TaskCommand(task.Id, 1, "op", "bob"), new JsonObject { ["decision"] = "approve" }, None));
        var delivered = await engine.Outbox(d => d.DispatchDueAsync(10, None));

        completed.Status.ShouldBe(TaskOperationStatus.Succeeded);
        delivered.ShouldBe(1);
        engine.Receiver.Effects.ShouldHaveSingleItem().Value.ShouldBe("""{"text":"approved 1200"}""");
        (await engine.InstanceAsync(started.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        (await engine.Db(db => db.Set<OutboxMessage>().SingleAsync())).Status.ShouldBe(OutboxStatus.Dispatched);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task QueryTasksAsync_OnTheDatabase_SortsByDueDateAndFindsOverdue(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportAsync("""
            { "definitionId": "due", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
              "variables": [ { "name": "caseId", "type": "string" }, { "name": "dueAt", "type": "instant" } ],
              "activities": [ { "id": "start", "type": "Core.Start" },
                { "id": "task", "type": "Core.HumanTask", "inputs": { "taskType": "check", "title": "Check", "candidateTeam": "social",
                  "caseId": { "expression": "caseId" }, "dueAt": { "expression": "dueAt" } } } ],
              "connections": [ { "from": "start", "to": "task" } ] }
            """);
        foreach (var (caseId, days) in new[] { ("C-1", 14), ("C-2", 12), ("C-3", 10) })
        {
            await engine.StartAsync("due", new JsonObject { ["caseId"] = caseId, ["dueAt"] = engine.Clock.GetUtcNow().AddDays(days).ToString("O") });
        }

        engine.Clock.Advance(TimeSpan.FromDays(13));
        var sorted = await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1") { Teams = ["social"] }, None));
        var overdue = await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1") { DueBefore = engine.Clock.GetUtcNow() }, None));

        sorted.Select(t => t.CaseId).ShouldBe(["C-3", "C-2", "C-1"]);
        overdue.Select(t => t.CaseId).ShouldBe(["C-3", "C-2"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task QueryTasksAsync_TeamsAndRoles_MergesTheirPagesInDueOrderAndListsATaskOfBothOnce(string provider)
    {
        await using var database = await Providers.CreateAsync(provider);
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportAsync("""
            { "definitionId": "offer", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "status": "published",
              "variables": [ { "name": "caseId", "type": "string" }, { "name": "team", "type": "string" }, { "name": "role", "type": "string" }, { "name": "dueAt", "type": "instant" } ],
              "activities": [ { "id": "start", "type": "Core.Start" },
                { "id": "task", "type": "Core.HumanTask", "inputs": { "taskType": "check", "title": "Check",
                  "candidateTeam": { "expression": "team" }, "candidateRole": { "expression": "role" },
                  "caseId": { "expression": "caseId" }, "dueAt": { "expression": "dueAt" } } } ],
              "connections": [ { "from": "start", "to": "task" } ] }
            """);
        foreach (var (caseId, team, role, days) in new[]
        {
            ("C-1", "social", null, 5), ("C-2", null, "manager", 3), ("C-3", "social", "manager", 4), ("C-4", "housing", null, 1), ("C-5", "social", null, 2),
        })
        {
            await engine.StartAsync("offer", new JsonObject { ["caseId"] = caseId, ["team"] = team, ["role"] = role, ["dueAt"] = engine.Clock.GetUtcNow().AddDays(days).ToString("O") });
        }

        var claimed = (await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1") { CaseId = "C-5" }, None))).Single();
        await engine.Tasks(s => s.ClaimAsync(new TaskCommand(claimed.Id, claimed.Revision, "op-claim", "bob"), None));

        var all = await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1") { Teams = ["social"], Roles = ["manager"] }, None));
        var second = await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1") { Teams = ["social"], Roles = ["manager"], Skip = 1, Take = 2 }, None));

        all.Select(t => t.CaseId).ShouldBe(["C-5", "C-2", "C-3", "C-1"]);
        second.Select(t => t.CaseId).ShouldBe(["C-2", "C-3"]);
    }

    [PostgresFact]
    public async Task CompleteAsync_TwoUsersAtOnceOnPostgres_ExactlyOneSucceedsAndOneConflicts()
    {
        await using var database = await NpgsqlDatabase.CreateAsync();
        await using var engine = await EfEngineHarness.CreateAsync(database);
        await engine.ImportFileAsync("approval");
        for (var round = 0; round < 5; round++)
        {
            await engine.StartAsync("approval", new JsonObject { ["amount"] = 1, ["caseId"] = $"C-{round}" });
            var task = (await engine.Tasks(s => s.QueryAsync(new InboxQuery("cpas-1") { CaseId = $"C-{round}" }, None))).Single();

            var results = await Task.WhenAll(
                Task.Run(() => engine.Tasks(s => s.CompleteAsync(new TaskCommand(task.Id, 1, "op-bob", "bob"), new JsonObject { ["decision"] = "approve" }, None))),
                Task.Run(() => engine.Tasks(s => s.CompleteAsync(new TaskCommand(task.Id, 1, "op-carol", "carol"), new JsonObject { ["decision"] = "reject" }, None))));

            results.Select(r => r.Status).ShouldBe([TaskOperationStatus.Succeeded, TaskOperationStatus.Conflict], ignoreOrder: true);
            (await engine.Tasks(s => s.HistoryAsync(task.Id, None))).Count(h => h.Action == HumanTaskAction.Completed).ShouldBe(1);
        }
    }
}
