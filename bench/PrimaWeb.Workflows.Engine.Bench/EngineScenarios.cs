using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence.InMemory;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Bench;

/// <summary>The engine on one database: commit ceiling, 3-step throughput, starts and resumes, inbox latency.</summary>
internal sealed class EngineScenarios(string provider, string connectionString) : IAsyncDisposable
{
    private const string Tenant = "bench";
    private readonly ServiceProvider _services = Build(provider, connectionString);

    public async Task SetUpAsync()
    {
        if (provider == "memory")
        {
            await InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<DefinitionCatalog>().ImportAsync(BenchDefinitions.ThreeSteps, CancellationToken.None);
                return 0;
            });
            return;
        }

        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BenchDbContext>();
            await db.Database.EnsureDeletedAsync();
            await db.Database.EnsureCreatedAsync();
            if (provider == "sqlite")
            {
                // WAL: readers do not block the writer; synchronous stays FULL, the same durability for every scenario.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            await db.Database.ExecuteSqlRawAsync(provider == "sqlite"
                ? "CREATE TABLE bench_commits (id INTEGER PRIMARY KEY AUTOINCREMENT, value TEXT NOT NULL)"
                : "CREATE TABLE bench_commits (id bigserial PRIMARY KEY, value text NOT NULL)");
            var catalog = sp.GetRequiredService<DefinitionCatalog>();
            await catalog.ImportAsync(BenchDefinitions.ThreeSteps, CancellationToken.None);
            await catalog.ImportAsync(BenchDefinitions.TenActivities, CancellationToken.None);
            return 0;
        });
    }

    public Task<Measurement> RawCommitsAsync(int operations, int concurrency) =>
        Measurement.RunAsync($"{provider}: raw single-row commits", operations, concurrency, _ => InScopeAsync(sp =>
            sp.GetRequiredService<BenchDbContext>().Database.ExecuteSqlRawAsync("INSERT INTO bench_commits (value) VALUES ('x')")));

    public Task<Measurement> ThreeStepsAsync(int operations, int concurrency) =>
        Measurement.RunAsync($"{provider}: 3-step workflows completed (durable)", operations, concurrency, i => InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<WorkflowRunner>().StartAsync(
                new StartWorkflowRequest("three-steps") { Version = 1, TenantId = Tenant, Variables = new JsonObject { ["seed"] = i } }, CancellationToken.None);
            return result.Status == WorkflowStatus.Completed ? 0 : throw new InvalidOperationException("Not completed.");
        }));

    public Task<Measurement> StartsToBookmarkAsync(int operations, int concurrency) =>
        Measurement.RunAsync($"{provider}: 10-activity starts to the task", operations, concurrency, i => InScopeAsync(sp =>
            sp.GetRequiredService<WorkflowRunner>().StartAsync(
                new StartWorkflowRequest("ten-activities") { Version = 1, TenantId = Tenant, Variables = new JsonObject { ["seed"] = i } }, CancellationToken.None)));

    public async Task<Measurement> ResumesAsync(int concurrency)
    {
        var tasks = await InScopeAsync(sp => sp.GetRequiredService<BenchDbContext>().Set<HumanTask>()
            .Where(t => t.Status == HumanTaskStatus.Open).Select(t => t.Id).ToListAsync());
        return await Measurement.RunAsync($"{provider}: 10-activity resumes (task completed to the end)", tasks.Count, concurrency, i => InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<HumanTaskService>().CompleteAsync(new TaskCommand(tasks[i], 1, $"op-{i}", "bench"), null, CancellationToken.None);
            return result.Succeeded ? 0 : throw new InvalidOperationException(string.Join("; ", result.Errors));
        }));
    }

    /// <summary>Seeds <paramref name="rows"/> open tasks (1,000 assignees, 50 teams, due dates over a year) with SQL.</summary>
    public async Task<TimeSpan> SeedTasksAsync(int rows)
    {
        var clock = Stopwatch.StartNew();
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BenchDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync(provider == "sqlite" ? SqliteSeed(rows) : PostgresSeed(rows));
            if (provider == "postgres")
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE wf_tasks");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }

            return 0;
        });
        return clock.Elapsed;
    }

    public Task<Measurement> InboxAsync(string name, int operations, Func<int, InboxQuery> query) =>
        Measurement.RunAsync($"{provider}: inbox, {name}, first page of 20", operations, 1, i => InScopeAsync(async sp =>
        {
            var page = await sp.GetRequiredService<HumanTaskService>().QueryAsync(query(i), CancellationToken.None);
            return page.Count > 0 ? 0 : throw new InvalidOperationException("Empty page.");
        }));

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static string SqliteSeed(int rows) => $"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
        INSERT INTO wf_tasks (Id, InstanceId, BookmarkId, ActivityId, TaskType, Title, TenantId, CandidateTeam, Assignee, DueAt, Priority, Status, FormJson, Revision, CreatedAt, ConcurrencyVersion)
        SELECT printf('%08X-0000-4000-8000-%012X', i, i), printf('%08X-0000-4000-8000-000000000001', i), printf('%08X-0000-4000-8000-000000000002', i),
               'task', 'review', 'Review', '{Tenant}', 'team-' || (i % 50), 'user-' || (i % 1000),
               639000000000000000 + (i % 365) * 864000000000, i % 3, 'Open', '[]', 1, 639000000000000000, printf('%08X-0000-4000-8000-000000000003', i)
        FROM n;
        """;

    private static string PostgresSeed(int rows) => $"""
        INSERT INTO wf_tasks ("Id", "InstanceId", "BookmarkId", "ActivityId", "TaskType", "Title", "TenantId", "CandidateTeam", "Assignee", "DueAt", "Priority", "Status", "FormJson", "Revision", "CreatedAt", "ConcurrencyVersion")
        SELECT md5(i::text)::uuid, md5('i' || i)::uuid, md5('b' || i)::uuid, 'task', 'review', 'Review', '{Tenant}', 'team-' || (i % 50), 'user-' || (i % 1000),
               timestamptz '2026-01-01 00:00:00+00' + (i % 365) * interval '1 day', i % 3, 'Open', '[]', 1, now(), md5('c' || i)::uuid
        FROM generate_series(1, {rows}) AS i;
        """;

    private static ServiceProvider Build(string provider, string connectionString)
    {
        var services = new ServiceCollection();
        // Pooled: the context takes nothing but its options (a host whose context takes a scoped dependency, such as
        // PrimaWebDbContext's tenant, cannot pool it).
        services.AddDbContextPool<BenchDbContext>(o =>
        {
            if (provider == "postgres")
            {
                o.UseNpgsql(connectionString);
            }
            else
            {
                o.UseSqlite(connectionString);
            }

            o.AddInterceptors(new ConcurrencyVersionInterceptor());
        });
        if (provider == "memory")
        {
            services.AddWorkflowEngine();
            services.AddInMemoryWorkflowStore();
        }
        else
        {
            services.AddWorkflowEngine().UseEntityFrameworkCore<BenchDbContext>();
        }

        return services.BuildServiceProvider();
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
