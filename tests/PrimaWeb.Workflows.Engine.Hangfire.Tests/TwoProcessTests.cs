using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.NodeHost;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Testing;
using Xunit.Abstractions;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests;

/// <summary>
/// Two application processes (tests/PrimaWeb.Workflows.Engine.NodeHost) on one PostgreSQL database and one
/// Hangfire.PostgreSql storage run the same workload on the same instance ids; each also fires every due timer and
/// sweeps the outbox itself, racing the other's Hangfire server. The database must show every step once.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class TwoProcessTests(ITestOutputHelper output)
{
    private const int Instances = 30;
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task Workload_TwoProcessesOnePostgres_EveryStepCommitsOnceAndEveryNoticeTakesEffectOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync("primaweb_two_processes");
        await NodeWorkload.SetupAsync(database.ConnectionString);

        using var a = NodeProcess.Start("a", Instances, NodeTimeout, database.ConnectionString);
        using var b = NodeProcess.Start("b", Instances, NodeTimeout, database.ConnectionString);
        await Task.WhenAll(a.WaitAsync(NodeTimeout * 1.5), b.WaitAsync(NodeTimeout * 1.5));

        output.WriteLine(a.Output);
        output.WriteLine(b.Output);
        a.ExitCode.ShouldBe(0, a.Output);
        b.ExitCode.ShouldBe(0, b.Output);

        await using var provider = new ServiceCollection()
            .AddDbContext<NodeHostDbContext>(o => o.UseNpgsql(database.ConnectionString).AddInterceptors(new ConcurrencyVersionInterceptor()))
            .AddScoped<IWorkflowStore, EfWorkflowStore<NodeHostDbContext>>()
            .BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NodeHostDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();

        (await db.Set<WorkflowInstance>().CountAsync(i => i.Status == WorkflowStatus.Completed)).ShouldBe(Instances);
        for (var index = 0; index < Instances; index++)
        {
            var journal = await store.ListJournalAsync(NodeWorkload.InstanceId(index), CancellationToken.None);
            journal.Where(j => j.Kind == JournalEventKind.ActivityStarted).GroupBy(j => j.ActivityId).Select(g => g.Count())
                .ShouldBe([1, 1, 1, 1, 1], $"instance {index}: each of the five activities starts once");
            journal.Count(j => j.Kind == JournalEventKind.ActivityResumed).ShouldBe(1, $"instance {index}: the timer resumes once");
            journal.Count(j => j.Kind == JournalEventKind.InstanceCompleted).ShouldBe(1, $"instance {index}: completes once");
        }

        var visits = await db.Visits.GroupBy(v => v.InstanceId).Select(g => g.Count()).ToListAsync();
        visits.Count.ShouldBe(Instances);
        visits.ShouldAllBe(count => count == 1);
        output.WriteLine(string.Join(", ", await db.Visits.GroupBy(v => v.Node).Select(g => g.Key + ": " + g.Count() + " visits").ToListAsync()));

        (await db.Set<OutboxMessage>().CountAsync()).ShouldBe(Instances);
        (await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Dispatched)).ShouldBe(Instances);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM node_effects")).ShouldBe(Instances);
        (await CountAsync(database.ConnectionString, "SELECT count(*) FROM node_effects WHERE deliveries < 1")).ShouldBe(0);
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
