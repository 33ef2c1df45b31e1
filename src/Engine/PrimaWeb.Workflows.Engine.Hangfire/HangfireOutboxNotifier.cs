using Hangfire;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>Enqueues one dispatch job per committed outbox message.</summary>
public sealed class HangfireOutboxNotifier(IBackgroundJobClient jobs) : IOutboxNotifier
{
    public Task NotifyAsync(IReadOnlyList<Guid> messageIds, CancellationToken cancellationToken)
    {
        foreach (var id in messageIds)
        {
            jobs.Enqueue<OutboxDispatchJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return Task.CompletedTask;
    }
}
