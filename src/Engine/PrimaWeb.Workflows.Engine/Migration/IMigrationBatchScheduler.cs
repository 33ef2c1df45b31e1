namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>Runs a stored migration batch in the background (a Hangfire job with the batch id only, in the host).</summary>
public interface IMigrationBatchScheduler
{
    Task EnqueueAsync(Guid batchId, CancellationToken cancellationToken);
}

/// <summary>Runs nothing: without a scheduler the caller (a test, a tool) runs the batch itself with <see cref="MigrationBatchRunner"/>.</summary>
public sealed class NullMigrationBatchScheduler : IMigrationBatchScheduler
{
    public Task EnqueueAsync(Guid batchId, CancellationToken cancellationToken) => Task.CompletedTask;
}
