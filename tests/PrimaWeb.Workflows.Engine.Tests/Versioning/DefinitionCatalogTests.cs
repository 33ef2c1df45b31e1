using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tests.Support;
using static PrimaWeb.Workflows.Engine.Tests.Support.VersionedDefinitions;

namespace PrimaWeb.Workflows.Engine.Tests.Versioning;

public sealed class DefinitionCatalogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("2025-12-31", null)]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-02-28", 1)]
    [InlineData("2026-03-01", 2)]
    [InlineData("2027-01-01", 2)]
    public async Task SelectAsync_ReceptionDate_PicksTheVersionInForce(string date, int? expected)
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.ImportAsync(Version(2, "2026-03-01"));
        await engine.ImportAsync(Version(3, "2026-02-01", status: "draft"));
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        if (expected is null)
        {
            await Should.ThrowAsync<InvalidOperationException>(() => engine.Catalog(c => c.SelectAsync("aid", day, None)));
        }
        else
        {
            (await engine.Catalog(c => c.SelectAsync("aid", day, None))).Version.ShouldBe(expected.Value);
        }
    }

    [Fact]
    public async Task StartAsync_ReceptionDate_PinsTheInstanceToTheVersionInForce()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        await engine.ImportAsync(Version(2, "2026-03-01"));

        var before = await engine.Run(r => r.StartAsync(new StartWorkflowRequest("aid") { ReceptionDate = new DateOnly(2026, 2, 15) }, None));
        var after = await engine.Run(r => r.StartAsync(new StartWorkflowRequest("aid") { ReceptionDate = new DateOnly(2026, 3, 15) }, None));

        (await engine.InstanceAsync(before.InstanceId)).DefinitionVersion.ShouldBe(1);
        (await engine.InstanceAsync(after.InstanceId)).DefinitionVersion.ShouldBe(2);
    }

    [Fact]
    public async Task ImportAsync_ChangedPublishedVersion_IsRefused()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));

        await Should.ThrowAsync<InvalidOperationException>(() => engine.ImportAsync(Version(1, "2026-01-01", label: "changed")));
        await engine.ImportAsync(Version(1, "2026-01-01"));
    }

    [Fact]
    public async Task ImportAsync_InvalidDefinition_IsNeverStored()
    {
        await using var engine = new EngineHarness();

        var error = await Should.ThrowAsync<DefinitionException>(() => engine.ImportAsync(Version(1, "2026-01-01").Replace("Core.End", "Core.Nope", StringComparison.Ordinal)));

        error.Errors.ShouldHaveSingleItem().Code.ShouldBe(DefinitionErrorCode.UnknownActivityType);
        (await engine.Store(s => s.ListDefinitionsAsync("aid", None))).ShouldBeEmpty();
    }

    [Fact]
    public async Task PublishAsync_Draft_BecomesStartable()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01", status: "draft"));
        await Should.ThrowAsync<InvalidOperationException>(() => engine.StartAsync("aid"));

        await engine.Catalog(async c => { await c.PublishAsync("aid", 1, None); return 0; });

        (await engine.StartAsync("aid")).Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Fact]
    public async Task RetireAsync_Version_StopsNewStartsButRunningInstancesFinish()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        var running = await engine.StartAsync("aid");

        await engine.Catalog(async c => { await c.RetireAsync("aid", 1, None); return 0; });

        await Should.ThrowAsync<InvalidOperationException>(() => engine.StartAsync("aid"));
        await Should.ThrowAsync<InvalidOperationException>(() => engine.Run(r => r.StartAsync(new StartWorkflowRequest("aid") { Version = 1 }, None)));
        await engine.Run(r => r.SignalAsync("go", null, null, "x", None));
        (await engine.InstanceAsync(running.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        engine.Probe.Visits.ShouldBe(["v1"]);
    }

    [Fact]
    public async Task ImportAsync_NewVersionPublished_LeavesRunningInstancesOnTheirVersion()
    {
        await using var engine = new EngineHarness();
        await engine.ImportAsync(Version(1, "2026-01-01"));
        var running = await engine.StartAsync("aid");

        await engine.ImportAsync(Version(2, "2026-01-15"));
        await engine.Run(r => r.SignalAsync("go", null, null, "x", None));

        engine.Probe.Visits.ShouldBe(["v1"]);
        (await engine.InstanceAsync(running.InstanceId)).DefinitionVersion.ShouldBe(1);
    }
}
