using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Tests.Support;
using static PrimaWeb.Workflows.Engine.Tests.Support.VersionedDefinitions;

namespace PrimaWeb.Workflows.Engine.Tests.Migration;

public sealed class InstanceMigratorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task DryRunAsync_Mapping_ListsMovesAndChangesNothing()
    {
        await using var engine = await TwoVersionsAsync();
        var instance = await engine.StartAsync("aid");
        var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string> { ["wait"] = "await-answer" });

        var report = await engine.Migrator(m => m.DryRunAsync(plan, None));

        report.Applied.ShouldBeFalse();
        var only = report.Instances.ShouldHaveSingleItem();
        only.InstanceId.ShouldBe(instance.InstanceId);
        only.CanMigrate.ShouldBeTrue();
        only.Moves.ShouldBe([new ActivityMove("wait", "await-answer")]);
        (await engine.InstanceAsync(instance.InstanceId)).DefinitionVersion.ShouldBe(1);
    }

    [Fact]
    public async Task DryRunAsync_MissingMapping_SaysWhyTheInstanceCannotMove()
    {
        await using var engine = await TwoVersionsAsync();
        await engine.StartAsync("aid");

        var report = await engine.Migrator(m => m.DryRunAsync(new MigrationPlan("aid", 1, 2, new Dictionary<string, string>()), None));

        var only = report.Instances.ShouldHaveSingleItem();
        only.CanMigrate.ShouldBeFalse();
        only.Reasons.ShouldBe(["'wait' maps to 'wait', which v2 does not have."]);
    }

    [Fact]
    public async Task DryRunAsync_MappingToAnotherType_IsRefused()
    {
        await using var engine = await TwoVersionsAsync();
        await engine.StartAsync("aid");

        var report = await engine.Migrator(m => m.DryRunAsync(new MigrationPlan("aid", 1, 2, new Dictionary<string, string> { ["wait"] = "visit" }), None));

        report.Instances.Single().Reasons.Single().ShouldContain("its wait cannot carry over");
    }

    [Fact]
    public async Task MigrateAsync_Mapping_MovesTheInstanceJournalsItAndResumesOnTheNewVersion()
    {
        await using var engine = await TwoVersionsAsync();
        var instance = await engine.StartAsync("aid");
        var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string> { ["wait"] = "await-answer" });

        var report = await engine.Migrator(m => m.MigrateAsync(plan, "analyst", requireAll: true, None));
        await engine.Run(r => r.SignalAsync("go", null, new JsonObject(), "x", None));

        report.Applied.ShouldBeTrue();
        engine.Probe.Visits.ShouldBe(["v2"]);
        var migrated = await engine.InstanceAsync(instance.InstanceId);
        migrated.DefinitionVersion.ShouldBe(2);
        migrated.Status.ShouldBe(WorkflowStatus.Completed);
        var entry = (await engine.Store(s => s.ListJournalAsync(instance.InstanceId, None))).Single(j => j.Kind == JournalEventKind.InstanceMigrated);
        entry.Actor.ShouldBe("analyst");
        entry.Message.ShouldBe("v1 -> v2: wait -> await-answer");
    }

    [Fact]
    public async Task MigrateAsync_RequireAllWithABlockedInstance_MovesNothing()
    {
        await using var engine = await TwoVersionsAsync();
        await engine.StartAsync("aid");
        var second = await engine.StartAsync("aid");
        var plan = new MigrationPlan("aid", 1, 2, new Dictionary<string, string>());

        var report = await engine.Migrator(m => m.MigrateAsync(plan, "analyst", requireAll: true, None));

        report.Applied.ShouldBeFalse();
        report.Blocked.ShouldBe(2);
        (await engine.InstanceAsync(second.InstanceId)).DefinitionVersion.ShouldBe(1);
    }

    private static async Task<EngineHarness> TwoVersionsAsync()
    {
        var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.ImportAsync(Version(2, "2026-06-01", waitId: "await-answer"));
        return engine;
    }
}
