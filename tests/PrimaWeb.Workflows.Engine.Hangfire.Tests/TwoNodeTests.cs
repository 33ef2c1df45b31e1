using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>
/// Two application nodes (own DI containers, connection pools and Hangfire servers, here in one test process) share one
/// PostgreSQL database and one Hangfire.PostgreSql storage, and run the same workload: no committed step twice.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class TwoNodeTests
{
    private const int Instances = 20;
    private static readonly CancellationToken None = CancellationToken.None;

    [PostgresFact]
    public async Task Workload_TwoNodesOnePostgres_EveryStepCommitsOnceAndEveryEffectHappensOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync("primaweb_two_nodes");
        var settings = new Dictionary<string, string?> { ["Hangfire:Storage"] = "PostgreSql", ["ConnectionStrings:Hangfire"] = database.ConnectionString };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var visits = new Visits();
        var receiver = new CountingReceiver();
        void Configure(WorkflowEngineBuilder engine) => engine.AddActivity<SendNotice>().Services.AddSingleton<IOutboxHandler>(receiver);

        await using var nodeA = await TestNode.StartAsync(o => o.UseNpgsql(database.ConnectionString), clock, visits, settings, Configure);
        await nodeA.ImportAsync(Support.Workflows.TimerThenNotice);
        var ids = new List<Guid>();
        for (var i = 0; i < Instances / 2; i++)
        {
            ids.Add((await nodeA.StartWorkflowAsync("notice")).InstanceId);
        }

        // Node B starts later: its re-arm schedules every timer again, so both nodes race for the same timers.
        await using var nodeB = await TestNode.StartAsync(o => o.UseNpgsql(database.ConnectionString), clock, visits, settings, Configure);
        for (var i = 0; i < Instances / 2; i++)
        {
            ids.Add((await nodeB.StartWorkflowAsync("notice")).InstanceId);
        }

        // Hangfire's servers poll on real time (1 s): wait for the database and the receiver to show the outcome, bounded.
        await Eventually.UntilAsync(
            $"{Instances} completed instances and {Instances} delivered notices",
            async () => new Progress(await nodeA.Store(store => CompletedAsync(store, ids)), receiver.Calls.Count),
            seen => seen.CompletedInstances == Instances && seen.DeliveredNotices == Instances,
            TimeSpan.FromSeconds(90));

        foreach (var id in ids)
        {
            var journal = await nodeA.Store(s => s.ListJournalAsync(id, None));
            journal.Where(j => j.Kind == JournalEventKind.ActivityStarted).GroupBy(j => j.ActivityId).ShouldAllBe(g => g.Count() == 1);
            journal.Count(j => j.Kind == JournalEventKind.ActivityResumed).ShouldBe(1);
            journal.Count(j => j.Kind == JournalEventKind.InstanceCompleted).ShouldBe(1);
        }

        receiver.Calls.Count.ShouldBe(Instances);
        receiver.Calls.Values.ShouldAllBe(calls => calls >= 1);
    }

    private static async Task<int> CompletedAsync(Engine.Persistence.IWorkflowStore store, IEnumerable<Guid> ids)
    {
        var completed = 0;
        foreach (var id in ids)
        {
            completed += (await store.FindInstanceAsync(id, None))!.Status == WorkflowStatus.Completed ? 1 : 0;
        }

        return completed;
    }

    private sealed record Progress(int CompletedInstances, int DeliveredNotices);
}
