using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>
/// One application process: the engine on a shared SQLite file, Hangfire as <c>AddWorkflowEngineHangfire</c> sets it
/// up, hosted services started as the host would. Disposing it is the process going away.
/// </summary>
public sealed class TestNode : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];

    private TestNode(ServiceProvider provider)
    {
        _provider = provider;
    }

    public IServiceProvider Services => _provider;

    public JobStorage Storage => _provider.GetRequiredService<JobStorage>();

    public static Task<TestNode> StartAsync(string databasePath, FakeTimeProvider clock, Visits visits, IDictionary<string, string?> settings) =>
        StartAsync(o => o.UseSqlite($"Data Source={databasePath};Pooling=False"), clock, visits, settings);

    public static async Task<TestNode> StartAsync(
        Action<DbContextOptionsBuilder> database, FakeTimeProvider clock, Visits visits, IDictionary<string, string?> settings, Action<WorkflowEngineBuilder>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(visits);
        services.AddDbContext<NodeDbContext>(o =>
        {
            database(o);
            o.AddInterceptors(new ConcurrencyVersionInterceptor());
        });
        var engine = services.AddWorkflowEngine()
            .UseEntityFrameworkCore<NodeDbContext>()
            .AddActivity<RecordVisit>()
            .AddWorkflowEngineHangfire()
            .AddRecurringJob<PollAnswers>("poll-answers", Cron.Hourly());
        configure?.Invoke(engine);
        var node = new TestNode(services.BuildServiceProvider());

        await using (var scope = node._provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NodeDbContext>().Database.EnsureCreatedAsync();
        }

        foreach (var hosted in node._provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            node._started.Add(hosted);
        }

        return node;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task ImportAsync(string json) => InScopeAsync(sp => sp.GetRequiredService<DefinitionCatalog>().ImportAsync(json, CancellationToken.None));

    public Task<WorkflowRunResult> StartWorkflowAsync(string definitionId) =>
        InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().StartAsync(new StartWorkflowRequest(definitionId) { TenantId = "cpas-1" }, CancellationToken.None));

    public Task<T> Store<T>(Func<IWorkflowStore, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<IWorkflowStore>()));

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Enumerable.Reverse(_started))
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();

        // AddHangfire points Hangfire's static log provider at this node's logger factory, now disposed.
        global::Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
    }
}
