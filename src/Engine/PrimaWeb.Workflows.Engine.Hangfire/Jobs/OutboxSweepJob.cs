using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.Hangfire.Jobs;

/// <summary>Recurring: delivers every due message whose notice was lost or whose back-off elapsed.</summary>
public sealed class OutboxSweepJob(IServiceScopeFactory scopes) : IRecurringWorkflowJob
{
    public const string Id = "workflow-outbox-sweep";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(500, cancellationToken);
    }
}
