using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Designer.Canvas;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Persistence.InMemory;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Bench;

/// <summary>
/// The designer's costs (issue 15 point 7): laying out dis v1 for the canvas, validating it with every activity of the
/// application, and a migration dry run over 10,000 waiting instances (engine on its in-memory store).
/// </summary>
internal static class DesignerScenarios
{
    private const string Parked = """
        { "definitionId": "parked", "version": 1, "name": "Two waits", "effectiveFrom": "2026-01-01", "status": "published",
          "variables": [ { "name": "route", "type": "boolean" } ],
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "which", "type": "Core.Decision", "inputs": { "condition": "route" } },
            { "id": "waitA", "type": "Core.WaitForSignal", "inputs": { "signal": "go" } },
            { "id": "waitB", "type": "Core.WaitForSignal", "inputs": { "signal": "go" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [
            { "from": "start", "to": "which" }, { "from": "which", "outcome": "True", "to": "waitA" },
            { "from": "which", "outcome": "False", "to": "waitB" }, { "from": "waitA", "to": "end" }, { "from": "waitB", "to": "end" } ] }
        """;

    public static async Task RunAsync(string definitionsFolder, int instances)
    {
        var dis = await File.ReadAllTextAsync(Path.Combine(definitionsFolder, "dis", "v1.json"));
        var document = JsonNode.Parse(dis)!;
        var activities = document["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        var connections = document["connections"]!.AsArray().Select(c => ((string)c!["from"]!, (string)c!["to"]!)).ToList();
        Console.WriteLine(Median($"layout of dis v1 ({activities.Count} activities, {connections.Count} connections)", 200,
            () => DefinitionLayout.Compute(activities, connections)));

        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddWorkflowEngine().AddPrimaWebActivities(definitionsFolder);
        services.AddInMemoryWorkflowStore();
        await using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<DefinitionValidator>();
        var errors = validator.Validate(DefinitionReader.ReadOrThrow(dis)).Count;
        Console.WriteLine(Median($"validation of dis v1 (read + every rule; {errors} errors)", 200,
            () => validator.Validate(DefinitionReader.ReadOrThrow(dis))));

        var catalog = provider.GetRequiredService<DefinitionCatalog>();
        await catalog.ImportAsync(Parked, CancellationToken.None);
        var draft = await catalog.CreateDraftAsync("parked", 1, "bench", CancellationToken.None);
        await catalog.PublishAsync("parked", draft.Version, new DateOnly(2026, 1, 1), "bench", CancellationToken.None);
        var runner = provider.GetRequiredService<WorkflowRunner>();
        for (var i = 0; i < instances; i++)
        {
            await runner.StartAsync(new StartWorkflowRequest("parked") { Version = 1, Variables = new JsonObject { ["route"] = i % 10 != 0 } }, CancellationToken.None);
        }

        var migrator = provider.GetRequiredService<InstanceMigrator>();
        var plan = new MigrationPlan("parked", 1, draft.Version, new Dictionary<string, string> { ["waitB"] = "nowhere" });
        await migrator.DryRunAsync(plan, CancellationToken.None); // warm-up
        var clock = Stopwatch.StartNew();
        var report = await migrator.DryRunAsync(plan, CancellationToken.None);
        clock.Stop();
        Console.WriteLine($"| migration dry run, {report.Instances.Count} instances ({report.Movable} movable, {report.Blocked} refused) | 1 | | {clock.Elapsed.TotalMilliseconds:F0} ms | | |");
    }

    private static string Median(string name, int runs, Action action)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return $"| {name} | {runs} | | {times[runs / 2]:F2} | {times[(int)(runs * 0.95)]:F2} | {times[(int)(runs * 0.99)]:F2} |";
    }
}
