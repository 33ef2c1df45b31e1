using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Persistence.InMemory;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>The engine on the in-memory store, a fake clock and the test activities; each call runs in a fresh scope.</summary>
public sealed class EngineHarness : IAsyncDisposable, IDisposable
{
    private readonly ServiceProvider _provider;

    public EngineHarness(Action<WorkflowEngineBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Probe);
        var builder = services.AddWorkflowEngine()
            .AddActivity<RecordVisit>()
            .AddActivity<FailWhenAsked>()
            .AddActivity<SendMessage>()
            .AddOutboxHandler<RecordingOutboxHandler>();
        configure?.Invoke(builder);
        services.AddInMemoryWorkflowStore();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero));

    public TestProbe Probe { get; } = new();

    public IServiceProvider Services => _provider;

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> Run<T>(Func<WorkflowRunner, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<WorkflowRunner>()));

    public Task<T> Tasks<T>(Func<HumanTaskService, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<HumanTaskService>()));

    public Task<T> Incidents<T>(Func<IncidentService, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<IncidentService>()));

    public Task<T> Catalog<T>(Func<DefinitionCatalog, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<DefinitionCatalog>()));

    public Task<T> Migrator<T>(Func<InstanceMigrator, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<InstanceMigrator>()));

    public Task<T> Outbox<T>(Func<OutboxDispatcher, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<OutboxDispatcher>()));

    public Task<T> Store<T>(Func<IWorkflowStore, Task<T>> action) => InScopeAsync(sp => action(sp.GetRequiredService<IWorkflowStore>()));

    /// <summary>Imports a workflow from tests/…/Workflows/&lt;name&gt;.json.</summary>
    public Task ImportFileAsync(string name) => ImportAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", name + ".json")));

    public Task ImportAsync(string json) => Catalog(c => c.ImportAsync(json, CancellationToken.None));

    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? variables = null, string? correlationKey = null) =>
        Run(r => r.StartAsync(new StartWorkflowRequest(definitionId) { Variables = variables, TenantId = "cpas-1", CorrelationKey = correlationKey, Actor = "alice" }, CancellationToken.None));

    /// <summary>The errors of a definition against this harness's activities and rules.</summary>
    public IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition)
    {
        using var scope = _provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DefinitionValidator>().Validate(definition);
    }

    public Task<WorkflowInstance> InstanceAsync(Guid id) => Store(async s => (await s.FindInstanceAsync(id, CancellationToken.None))!);

    public Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId) => Store(s => s.ListBookmarksAsync(instanceId, CancellationToken.None));

    public Task<IReadOnlyList<HumanTask>> OpenTasksAsync() => Store(s => s.QueryTasksAsync(new InboxQuery("cpas-1"), CancellationToken.None));

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    public void Dispose() => _provider.Dispose();
}
