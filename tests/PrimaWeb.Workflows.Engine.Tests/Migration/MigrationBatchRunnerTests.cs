using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Tests.Support;
using PrimaWeb.Workflows.Engine.Versioning;
using static PrimaWeb.Workflows.Engine.Tests.Support.VersionedDefinitions;

namespace PrimaWeb.Workflows.Engine.Tests.Migration;

public sealed class MigrationBatchRunnerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunNextAsync_StoppedAfterOneInstance_ResumesWithTheOthersAndMovesEachOnce()
    {
        await using var engine = await TwoVersionsAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await engine.StartAsync("aid")).InstanceId);
            engine.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string> { ["wait"] = "await-answer" });
        var batch = await Runner(engine, r => r.StartAsync(plan, "anne", None));

        // One instance, then "a restart": a new runner in a new scope goes on from the stored items.
        (await Runner(engine, r => r.RunNextAsync(batch.Id, None))).ShouldBeTrue();
        var halfway = await engine.Store(s => s.ListMigrationBatchItemsAsync(batch.Id, None));
        while (await Runner(engine, r => r.RunNextAsync(batch.Id, None)))
        {
        }

        halfway.Select(i => i.Status).ShouldBe([MigrationItemStatus.Moved, MigrationItemStatus.Pending, MigrationItemStatus.Pending]);
        var items = await engine.Store(s => s.ListMigrationBatchItemsAsync(batch.Id, None));
        items.Select(i => i.InstanceId).ShouldBe(ids);
        items.ShouldAllBe(i => i.Status == MigrationItemStatus.Moved && i.Detail == "wait -> await-answer");
        foreach (var id in ids)
        {
            (await engine.InstanceAsync(id)).DefinitionVersion.ShouldBe(2);
            (await engine.Store(s => s.ListJournalAsync(id, None))).Count(j => j.Kind == Journal.JournalEventKind.InstanceMigrated).ShouldBe(1);
        }

        var stored = await engine.Store(s => s.FindMigrationBatchAsync(batch.Id, None));
        stored!.Status.ShouldBe(MigrationBatchStatus.Finished);
        var audit = await engine.Store(s => s.ListDefinitionEventsAsync("aid", None));
        audit.Select(e => e.Kind).ShouldContain(DefinitionEventKind.MigrationStarted);
        audit.Select(e => e.Kind).ShouldContain(DefinitionEventKind.MigrationFinished);
        audit.Single(e => e.Kind == DefinitionEventKind.MigrationStarted).Actor.ShouldBe("anne");
    }

    [Fact]
    public async Task RunNextAsync_AnInstanceThatCannotMove_IsRecordedWithItsReasonAndTheOthersMove()
    {
        await using var engine = await TwoVersionsAsync();
        var first = (await engine.StartAsync("aid")).InstanceId;
        var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string>());

        var batch = await Runner(engine, r => r.StartAsync(plan, "anne", None));
        while (await Runner(engine, r => r.RunNextAsync(batch.Id, None)))
        {
        }

        var item = (await engine.Store(s => s.ListMigrationBatchItemsAsync(batch.Id, None))).ShouldHaveSingleItem();
        item.InstanceId.ShouldBe(first);
        item.Status.ShouldBe(MigrationItemStatus.Refused);
        item.Detail.ShouldBe("'wait' maps to 'wait', which v2 does not have.");
        (await engine.InstanceAsync(first)).DefinitionVersion.ShouldBe(1);
    }

    private static Task<T> Runner<T>(EngineHarness engine, Func<MigrationBatchRunner, Task<T>> action) =>
        engine.InScopeAsync(sp => action(sp.GetRequiredService<MigrationBatchRunner>()));

    private static async Task<EngineHarness> TwoVersionsAsync()
    {
        var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.ImportAsync(Version(2, "2026-06-01", waitId: "await-answer"));
        return engine;
    }
}
