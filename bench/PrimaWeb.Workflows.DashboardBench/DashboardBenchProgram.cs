using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Dashboard;

namespace PrimaWeb.Workflows.DashboardBench;

/// <summary>
/// Usage: dotnet run -c Release --project bench/PrimaWeb.Workflows.DashboardBench -- [--provider Sqlite|PostgreSql]
/// [--connection "…"] [--cases 100000] [--runs 30] [--plans] [--only "weekly"]
/// Seeds a CPAS of --cases cases (two requests and ten tasks each) once and keeps it for the next runs, then times every
/// list and chart of the dashboard, unfiltered and for one social worker, through the screens' own queries, and prints
/// p50/p95/max per call; --plans adds each query's plan as the database gives it.
/// </summary>
internal static class DashboardBenchProgram
{
    public static async Task Main(string[] args)
    {
        var options = BenchOptions.Read(args);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var capture = new CommandCapture();
        BenchHost.UseContentRootBesideThisProgram();
        await using var host = new BenchHost(options.Provider, await options.PrepareDatabaseAsync(), capture);
        await SeedAsync(host.Services, options, today);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Provider}, {options.Runs} runs per call after one warm-up:"));
        Console.WriteLine("| list or chart | rows | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");
        var plans = new List<(string Name, IReadOnlyList<CapturedCommand> Commands)>();
        foreach (var (name, call) in Calls(today).Where(c => options.Only is null || c.Name.Contains(options.Only, StringComparison.Ordinal)))
        {
            var (line, commands) = await MeasureAsync(host.Services, capture, options.Runs, name, call);
            Console.WriteLine(line);
            plans.Add((name, commands));
        }

        if (options.Plans)
        {
            await PrintPlansAsync(host.Services, options.Provider, plans);
        }
    }

    private static async Task SeedAsync(IServiceProvider services, BenchOptions options, DateOnly today)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var existing = await db.Cases.CountAsync();
        if (existing == 0)
        {
            await new BulkSeed(() => services.CreateScope().ServiceProvider.GetRequiredService<PrimaWebDbContext>(), options.Cases, today).RunAsync();
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reusing the {existing:N0} cases already in the database."));
        }

        // Fresh statistics, as a production database keeps them, so that the planner chooses as it will there.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        var cases = await db.Cases.CountAsync();
        var requests = await db.Requests.CountAsync();
        var tasks = await db.Set<HumanTask>().CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases:N0} cases, {requests:N0} requests, {tasks:N0} tasks."));
    }

    private static List<(string Name, Func<DashboardQueries, Task<int>> Call)> Calls(DateOnly today)
    {
        var worker = new DashboardCriteria(SocialWorker: BulkSeed.SocialWorker(70));
        var none = DashboardCriteria.None;
        var calls = new List<(string, Func<DashboardQueries, Task<int>>)>
        {
            ("pending decisions", async q => (await q.PendingDecisionsAsync(none, today, default)).Count),
            ("pending decisions, one social worker", async q => (await q.PendingDecisionsAsync(worker, today, default)).Count),
        };
        foreach (var rule in new[] { DeadlineRule.Decision, DeadlineRule.Notification, DeadlineRule.A036, DeadlineRule.DisForm, DeadlineRule.Loi65FormB })
        {
            calls.Add(($"deadlines {rule}", async q => (await q.DeadlinesAsync(rule, none, today, default)).Count));
            calls.Add(($"deadlines {rule}, one social worker", async q => (await q.DeadlinesAsync(rule, worker, today, default)).Count));
        }

        calls.AddRange(
        [
            ("SPP-IS refusals", async q => (await q.SppIsRefusalsAsync(none, default)).Count),
            ("expiring integrations", async q => (await q.ExpiringIntegrationsAsync(none, today, default)).Count),
            ("incidents", async q => (await q.IncidentsAsync(none, default)).Count),
            ("workload", async q => (await q.WorkloadAsync(none, DateTimeOffset.UtcNow, default)).Count),
            ("workload, one social worker", async q => (await q.WorkloadAsync(worker, DateTimeOffset.UtcNow, default)).Count),
            ("weekly chart (12 weeks)", async q => (await q.WeeklyAsync(none, today, default)).Count),
            ("weekly chart, one social worker", async q => (await q.WeeklyAsync(worker, today, default)).Count),
            ("social workers (filter)", async q => (await q.SocialWorkersAsync(default)).Count),
        ]);
        return calls;
    }

    // The first run warms up and records the commands; the others are timed, each in a fresh scope as a page load is.
    private static async Task<(string Line, IReadOnlyList<CapturedCommand> Commands)> MeasureAsync(
        IServiceProvider services, CommandCapture capture, int runs, string name, Func<DashboardQueries, Task<int>> call)
    {
        var times = new List<double>();
        var rows = 0;
        IReadOnlyList<CapturedCommand> commands = [];
        for (var run = 0; run <= runs; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
            capture.Recording = run == 0;
            var watch = Stopwatch.StartNew();
            rows = await call(queries);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            capture.Recording = false;
            if (run == 0)
            {
                commands = capture.TakeAll();
            }
            else
            {
                times.Add(elapsed);
            }
        }

        times.Sort();
        var line = string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows:N0} | {Percentile(times, 0.5):F0} | {Percentile(times, 0.95):F0} | {times[^1]:F0} |");
        return (line, commands);
    }

    private static async Task PrintPlansAsync(IServiceProvider services, string provider, List<(string Name, IReadOnlyList<CapturedCommand> Commands)> plans)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        foreach (var (name, commands) in plans)
        {
            Console.WriteLine();
            Console.WriteLine($"### {name}");
            foreach (var command in commands)
            {
                Console.WriteLine(await QueryPlans.ExplainAsync(db, provider, command));
            }
        }
    }

    // Nearest rank: the smallest time with at least p of the times at or below it.
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
