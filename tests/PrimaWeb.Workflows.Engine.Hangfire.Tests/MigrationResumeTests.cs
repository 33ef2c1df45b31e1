using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>
/// <see cref="MigrationBatchResumeService"/>: a batch that a process left half-way (its Hangfire job lost with the
/// process) is taken up again when the next process starts, from the database alone.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class MigrationResumeTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"primaweb-migration-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly Visits _visits = new();

    [Fact]
    public async Task StartAsync_BatchInterruptedAfterOneInstance_FinishesEachRemainingInstanceOnce()
    {
        // In-memory job storage: whatever the first process enqueued is gone when it stops.
        var settings = new Dictionary<string, string?> { ["Hangfire:Storage"] = "InMemory" };
        var instances = new List<Guid>();
        Guid batchId;
        await using (var before = await TestNode.StartAsync(Sqlite, _clock, _visits, settings, NeverEnqueues))
        {
            await before.ImportAsync(Version(1, "2026-01-01", "wait"));
            await before.ImportAsync(Version(2, "2026-06-01", "await-answer"));
            for (var i = 0; i < 3; i++)
            {
                instances.Add((await before.StartWorkflowAsync("aid")).InstanceId);
            }

            var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string> { ["wait"] = "await-answer" });
            batchId = (await before.InScopeAsync(sp => sp.GetRequiredService<MigrationBatchRunner>().StartAsync(plan, "anne", None))).Id;
            (await before.InScopeAsync(sp => sp.GetRequiredService<MigrationBatchRunner>().RunNextAsync(batchId, None))).ShouldBeTrue();
        }

        await using var after = await TestNode.StartAsync(_database, _clock, _visits, settings);

        var finished = await Eventually.UntilAsync(
            "the resumed batch to finish", () => after.Store(s => s.FindMigrationBatchAsync(batchId, None)), b => b!.Status == MigrationBatchStatus.Finished);
        finished!.Total.ShouldBe(3);
        var items = await after.Store(s => s.ListMigrationBatchItemsAsync(batchId, None));
        items.Select(i => i.InstanceId).ShouldBe(instances);
        items.ShouldAllBe(i => i.Status == MigrationItemStatus.Moved && i.Detail == "wait -> await-answer");
        foreach (var id in instances)
        {
            (await after.Store(s => s.FindInstanceAsync(id, None)))!.DefinitionVersion.ShouldBe(2);
            var journal = await after.Store(s => s.ListJournalAsync(id, None));
            journal.Count(j => j.Kind == JournalEventKind.InstanceMigrated).ShouldBe(1, $"instance {id} is moved exactly once");
        }
    }

    [Fact]
    public async Task StartAsync_FinishedAndUnfinishedBatches_EnqueuesOnlyTheUnfinished()
    {
        var settings = new Dictionary<string, string?> { ["Hangfire:Storage"] = "InMemory" };
        var enqueued = new RecordingScheduler();
        Guid done;
        Guid pending;
        await using (var before = await TestNode.StartAsync(Sqlite, _clock, _visits, settings, NeverEnqueues))
        {
            await before.ImportAsync(Version(1, "2026-01-01", "wait"));
            await before.ImportAsync(Version(2, "2026-06-01", "await-answer"));
            await before.StartWorkflowAsync("aid");
            var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string> { ["wait"] = "await-answer" });
            done = (await before.InScopeAsync(sp => sp.GetRequiredService<MigrationBatchRunner>().StartAsync(plan, "anne", None))).Id;
            while (await before.InScopeAsync(sp => sp.GetRequiredService<MigrationBatchRunner>().RunNextAsync(done, None)))
            {
            }

            await before.StartWorkflowAsync("aid");
            pending = (await before.InScopeAsync(sp => sp.GetRequiredService<MigrationBatchRunner>().StartAsync(plan, "anne", None))).Id;
        }

        await using var after = await TestNode.StartAsync(Sqlite, _clock, _visits, settings, e => e.Services.Replace(ServiceDescriptor.Singleton<IMigrationBatchScheduler>(enqueued)));

        enqueued.Batches.ShouldBe([pending]);
        enqueued.Batches.ShouldNotContain(done);
    }

    public void Dispose() => File.Delete(_database);

    private void Sqlite(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={_database};Pooling=False");

    // The first process's batch is never handed to Hangfire: it stops as a crash would, with items pending.
    private static void NeverEnqueues(WorkflowEngineBuilder engine) =>
        engine.Services.Replace(ServiceDescriptor.Singleton<IMigrationBatchScheduler>(new RecordingScheduler()));

    private static string Version(int version, string effectiveFrom, string waitId) => $$"""
        { "definitionId": "aid", "version": {{version}}, "name": "Aid v{{version}}", "effectiveFrom": "{{effectiveFrom}}", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "{{waitId}}", "type": "Core.WaitForSignal", "inputs": { "signal": "go" } },
            { "id": "visit", "type": "Test.RecordVisit", "inputs": { "label": "v{{version}}" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "{{waitId}}" }, { "from": "{{waitId}}", "to": "visit" }, { "from": "visit", "to": "end" } ] }
        """;

    private sealed class RecordingScheduler : IMigrationBatchScheduler
    {
        public List<Guid> Batches { get; } = [];

        public Task EnqueueAsync(Guid batchId, CancellationToken cancellationToken)
        {
            Batches.Add(batchId);
            return Task.CompletedTask;
        }
    }
}
