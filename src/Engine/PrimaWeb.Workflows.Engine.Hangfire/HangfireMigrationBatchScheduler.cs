using Hangfire;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Migration;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>Enqueues a migration batch as a Hangfire job (the batch id only).</summary>
public sealed class HangfireMigrationBatchScheduler(IBackgroundJobClient jobs) : IMigrationBatchScheduler
{
    public Task EnqueueAsync(Guid batchId, CancellationToken cancellationToken)
    {
        jobs.Enqueue<MigrationBatchJob>(job => job.RunAsync(batchId, CancellationToken.None));
        return Task.CompletedTask;
    }
}
