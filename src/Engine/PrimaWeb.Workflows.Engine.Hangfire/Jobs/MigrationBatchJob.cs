using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Migration;

namespace PrimaWeb.Workflows.Engine.Hangfire.Jobs;

/// <summary>
/// Runs one migration batch to its end, one instance per scope and commit. Persisted data: Hangfire stores this
/// method's signature and the batch id, so it must never be renamed. Re-running it (a retry, a restart, a second node)
/// continues from the first pending instance.
/// </summary>
public sealed class MigrationBatchJob(IServiceScopeFactory scopes)
{
    public async Task RunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<MigrationBatchRunner>().RunNextAsync(batchId, cancellationToken))
            {
                return;
            }
        }
    }
}
