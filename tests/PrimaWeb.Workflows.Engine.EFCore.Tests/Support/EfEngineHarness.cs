using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>The engine on a real database through <see cref="TestWorkflowDbContext"/>; each call runs in a fresh scope.</summary>
public sealed class EfEngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private EfEngineHarness(IDatabaseProvider database)
    {
        Receiver = new FakeReceiver(Crashes);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Faults);
        services.AddSingleton(Crashes);
        services.AddSingleton(Receiver);
        services.AddDbContext<TestWorkflowDbContext>(options =>
        {
            database.Configure(options);
            options.AddInterceptors(new ConcurrencyVersionInterceptor(), Crashes);
        });
        services.AddWorkflowEngine()
            .UseEntityFrameworkCore<TestWorkflowDbContext>()
            .AddActivity<WriteLetter>()
            .AddActivity<FailWhenAsked>()
            .AddActivity<SendMessage>();
        services.AddScoped<IOutboxHandler>(_ => Receiver);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public Faults Faults { get; } = new();

    public CrashInjector Crashes { get; } = new();

    public FakeReceiver Receiver { get; }

    public IServiceProvider Services => _provider;

    public static async Task<EfEngineHarness> CreateAsync(IDatabaseProvider database)
    {
        var harness = new EfEngineHarness(database);
        await harness.Db(async db => await db.Database.EnsureCreatedAsync());
        return harness;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> Db<T>(Func<TestWorkflowDbContext, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<TestWorkflowDbContext>()));

    public Task<T> Run<T>(Func<WorkflowRunner, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<WorkflowRunner>()));

    public Task<T> Tasks<T>(Func<HumanTaskService, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<HumanTaskService>()));

    public Task<T> Store<T>(Func<IWorkflowStore, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<IWorkflowStore>()));

    public Task<T> Outbox<T>(Func<OutboxDispatcher, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<OutboxDispatcher>()));

    public Task ImportFileAsync(string name) => ImportAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", name + ".json")));

    public Task ImportAsync(string json) => InScopeAsync(sp => sp.GetRequiredService<DefinitionCatalog>().ImportAsync(json, CancellationToken.None));

    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? variables = null, Guid? instanceId = null) =>
        Run(r => r.StartAsync(new StartWorkflowRequest(definitionId) { Variables = variables, TenantId = "cpas-1", Actor = "alice", InstanceId = instanceId }, CancellationToken.None));

    public Task<WorkflowInstance> InstanceAsync(Guid id) => Store(async s => (await s.FindInstanceAsync(id, CancellationToken.None))!);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
