using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>
/// On start-up, enqueues every migration batch the database holds as unfinished: whatever the Hangfire storage lost
/// (in-memory storage, a crash mid-batch), the batch goes on from its first pending instance. A duplicate job is
/// harmless: an instance is taken only while its item is pending.
/// </summary>
public sealed partial class MigrationBatchResumeService(IServiceScopeFactory scopes, IMigrationBatchScheduler scheduler, ILogger<MigrationBatchResumeService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var batches = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListUnfinishedMigrationBatchesAsync(cancellationToken);
        foreach (var batch in batches)
        {
            await scheduler.EnqueueAsync(batch.Id, cancellationToken);
        }

        if (batches.Count > 0)
        {
            LogResumed(logger, batches.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed {Count} unfinished migration batch(es) from the database.")]
    private static partial void LogResumed(ILogger logger, int count);
}
