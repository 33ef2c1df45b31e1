using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Activities.Outbox;

/// <summary>
/// How the handlers and the polling job talk to waiting instances, each in a scope of its own (so the engine's
/// burst never shares the unit of work that recorded the federal answer).
/// </summary>
public sealed class WorkflowSignals(IServiceScopeFactory scopes)
{
    /// <summary>True while a step still waits for this signal and key: false once answered, so a redelivery does nothing.</summary>
    public async Task<bool> IsAwaitedAsync(string signal, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        return (await store.FindSignalBookmarksAsync(signal, key, cancellationToken)).Count > 0;
    }

    public async Task SignalAsync(string signal, string key, JsonNode payload, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<WorkflowRunner>();
        await runner.SignalAsync(signal, key, payload, MessageTypes.SystemActor, cancellationToken);
    }
}
