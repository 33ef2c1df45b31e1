using PrimaWeb.Workflows.Engine.Bench;
using PrimaWeb.Workflows.Engine.Tasks;

// Usage: dotnet run -c Release --project bench/PrimaWeb.Workflows.Engine.Bench -- <sqlite|postgres|workflowcore|memory|designer> [connection string] [scale] [--no-inbox]
// --no-inbox skips the 1,000,000-task seeding and the inbox queries (minutes of seeding for two figures).
var inbox = !args.Contains("--no-inbox");
args = [.. args.Where(a => a != "--no-inbox")];
var provider = args.Length > 0 ? args[0] : "sqlite";
var scale = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
const int Concurrency = 8;

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine("| scenario | operations | per second | p50 ms | p95 ms | p99 ms |");
Console.WriteLine("|---|---|---|---|---|---|");

if (provider == "workflowcore")
{
    await using var workflowCore = await WorkflowCoreScenarios.StartAsync();
    Console.WriteLine(await workflowCore.ThreeStepsAsync(2000 * scale, Concurrency));
    Console.WriteLine(await workflowCore.TenStepsAsync(1000 * scale, Concurrency));
    return;
}

if (provider == "designer")
{
    // Layout and validation of dis v1 (repository definitions) and a dry run over the given number of instances.
    await DesignerScenarios.RunAsync(args.Length > 1 ? args[1] : "definitions", 10_000 * scale);
    return;
}

if (provider == "memory")
{
    // The engine's own CPU cost per burst, without a database (the in-memory store still copies rows as JSON).
    await using var memory = new EngineScenarios(provider, "");
    await memory.SetUpAsync();
    await memory.ThreeStepsAsync(200, Concurrency);
    Console.WriteLine(await memory.ThreeStepsAsync(2000 * scale, Concurrency));
    return;
}

var connectionString = args.Length > 1 ? args[1] : $"Data Source={Path.Combine(Path.GetTempPath(), "primaweb-bench.db")}";
await using var engine = new EngineScenarios(provider, connectionString);
await engine.SetUpAsync();
Console.WriteLine(await engine.RawCommitsAsync(2000 * scale, Concurrency));
await engine.ThreeStepsAsync(200, Concurrency); // warm-up: JIT, pools, caches
Console.WriteLine(await engine.ThreeStepsAsync(2000 * scale, Concurrency));
Console.WriteLine(await engine.StartsToBookmarkAsync(1000 * scale, Concurrency));
Console.WriteLine(await engine.ResumesAsync(Concurrency));

if (!inbox)
{
    return;
}

var rows = 1_000_000;
var seeding = await engine.SeedTasksAsync(rows);
Console.WriteLine($"seeded {rows} open tasks in {seeding.TotalSeconds:F0} s");
Console.WriteLine(await engine.InboxAsync("my tasks", 200, i => new InboxQuery("bench") { Assignee = $"user-{(i * 37) % 1000}", Take = 20 }));
Console.WriteLine(await engine.InboxAsync("my team's tasks", 100, i => new InboxQuery("bench") { Teams = [$"team-{i % 50}"], Take = 20 }));
