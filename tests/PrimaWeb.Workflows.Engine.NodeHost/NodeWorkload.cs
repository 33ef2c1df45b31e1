using System.Globalization;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Hangfire;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.NodeHost;

/// <summary>
/// The workload both nodes run on one database: start the same instances (same ids), each waiting on a timer, then
/// sending a notice through the outbox and writing a domain row. Each node fires every due timer itself and sweeps the
/// outbox while its Hangfire server does the same from the shared storage, so the two processes race for every step.
/// </summary>
public static class NodeWorkload
{
    public const string DefinitionId = "two-nodes";

    public const string Definition = """
        { "definitionId": "two-nodes", "version": 1, "name": "Two nodes", "effectiveFrom": "2026-01-01", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "wait", "type": "Core.Timer", "inputs": { "duration": "PT1S" } },
            { "id": "notify", "type": "Node.SendNotice" },
            { "id": "visit", "type": "Node.RecordVisit" },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "notify" }, { "from": "notify", "to": "visit" }, { "from": "visit", "to": "end" } ] }
        """;

    /// <summary>The id of instance <paramref name="index"/>, the same in every node.</summary>
    public static Guid InstanceId(int index) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}"));

    /// <summary>Creates the schema (engine, domain, receiver, Hangfire) and imports the definition; run once before the nodes.</summary>
    public static async Task SetupAsync(string connectionString)
    {
        await using (var provider = Build(new NodeName("setup"), new NodeSettings(connectionString, 0, TimeSpan.Zero), withServer: false))
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NodeHostDbContext>();
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync(NoticeReceiver.CreateTable);
            await scope.ServiceProvider.GetRequiredService<DefinitionCatalog>().ImportAsync(Definition, CancellationToken.None);
        }

        // Installs Hangfire's schema now, so that two nodes starting together do not both try.
        _ = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions());
    }

    /// <summary>Runs the workload until every instance completed and every notice was delivered; false on timeout.</summary>
    public static async Task<bool> RunAsync(NodeName node, NodeSettings settings)
    {
        await using var provider = Build(node, settings, withServer: true);
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        using var timeout = new CancellationTokenSource(settings.Timeout);
        var counts = new Counts();
        try
        {
            // Node b walks the instances backwards: the two nodes meet in the middle and collide on every instance.
            var order = Enumerable.Range(0, settings.Instances).ToList();
            if (node.Value == "b")
            {
                order.Reverse();
            }

            foreach (var index in order)
            {
                await InScopeAsync(provider, counts, sp => sp.GetRequiredService<WorkflowRunner>().StartAsync(
                    new StartWorkflowRequest(DefinitionId) { InstanceId = InstanceId(index), TenantId = "cpas-1" }, CancellationToken.None));
            }

            while (!await FinishedAsync(provider, settings.Instances))
            {
                timeout.Token.ThrowIfCancellationRequested();
                await FireDueTimersAsync(provider, counts);
                await InScopeAsync(provider, counts, sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None));
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Console.Error.WriteLine($"[{node.Value}] timed out after {settings.Timeout}.");
            return false;
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(hosted))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }

        Console.WriteLine($"[{node.Value}] done: {counts.Conflicts} lost races.");
        return true;
    }

    private static ServiceProvider Build(NodeName node, NodeSettings settings, bool withServer)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HangfireStorageFactory.StorageKey] = "PostgreSql",
            [$"ConnectionStrings:{HangfireStorageFactory.ConnectionStringName}"] = settings.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new StderrLoggerProvider(node.Value)));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(node);
        services.AddSingleton(settings);
        services.AddDbContext<NodeHostDbContext>(options => options
            .UseNpgsql(settings.ConnectionString)
            .AddInterceptors(new ConcurrencyVersionInterceptor()));
        services.AddWorkflowEngine()
            .UseEntityFrameworkCore<NodeHostDbContext>()
            .AddActivity<SendNotice>()
            .AddActivity<RecordVisit>()
            .AddOutboxHandler<NoticeReceiver>()
            .AddWorkflowEngineHangfire(configuration, withServer);
        return services.BuildServiceProvider();
    }

    private static async Task FireDueTimersAsync(ServiceProvider provider, Counts counts)
    {
        var due = await InScopeAsync(provider, counts, async sp => (await sp.GetRequiredService<IWorkflowStore>().ListTimersAsync(CancellationToken.None))
            .Where(t => t.DueAt <= DateTimeOffset.UtcNow).Select(t => t.BookmarkId).ToList());
        foreach (var bookmarkId in due ?? [])
        {
            // The job Hangfire runs, called directly: the same code path, racing the other node's server.
            await InScopeAsync(provider, counts, async sp =>
            {
                await sp.GetRequiredService<FireTimerJob>().RunAsync(bookmarkId, CancellationToken.None);
                return true;
            });
        }
    }

    private static async Task<bool> FinishedAsync(ServiceProvider provider, int instances)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NodeHostDbContext>();
        var completed = await db.Set<WorkflowInstance>().CountAsync(i => i.DefinitionId == DefinitionId && i.Status == WorkflowStatus.Completed);
        var pending = await db.Set<OutboxMessage>().CountAsync(m => m.Status != OutboxStatus.Dispatched);
        return completed == instances && pending == 0;
    }

    /// <summary>Runs one unit of work in its own scope; a lost race (the other node committed first) is counted, not thrown.</summary>
    private static async Task<T?> InScopeAsync<T>(ServiceProvider provider, Counts counts, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        try
        {
            return await work(scope.ServiceProvider);
        }
        catch (WorkflowConcurrencyException)
        {
            Interlocked.Increment(ref counts.Conflicts);
            return default;
        }
    }

    private sealed class Counts
    {
        public int Conflicts;
    }
}
