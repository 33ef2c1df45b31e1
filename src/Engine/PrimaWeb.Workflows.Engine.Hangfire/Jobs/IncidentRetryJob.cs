using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Incidents;

namespace PrimaWeb.Workflows.Engine.Hangfire.Jobs;

/// <summary>Recurring: retries the incidents whose back-off elapsed.</summary>
public sealed class IncidentRetryJob(IServiceScopeFactory scopes) : IRecurringWorkflowJob
{
    public const string Id = "workflow-incident-retries";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IncidentService>().RetryDueAsync(cancellationToken);
    }
}
