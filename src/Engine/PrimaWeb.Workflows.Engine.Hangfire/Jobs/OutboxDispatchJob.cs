using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.Hangfire.Jobs;

/// <summary>Delivers one outbox message after its burst committed. Persisted signature: the message id only.</summary>
public sealed class OutboxDispatchJob(IServiceScopeFactory scopes)
{
    public async Task RunAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(messageId, cancellationToken);
    }
}
