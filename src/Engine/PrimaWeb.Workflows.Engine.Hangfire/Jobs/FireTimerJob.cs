using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Engine.Hangfire.Jobs;

/// <summary>
/// Fires one timer. Persisted data: Hangfire stores this method's signature and its argument, so it takes only the
/// bookmark id and must never be renamed. Idempotent: a duplicate job (re-arm, second node) finds no timer.
/// </summary>
public sealed class FireTimerJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RunAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var timer = await store.FindTimerAsync(bookmarkId, cancellationToken);
        if (timer is null)
        {
            return;
        }

        if (timer.DueAt > clock.GetUtcNow())
        {
            // Hangfire schedules in whole seconds and hosts' clocks differ: a job a little early is armed again.
            await scope.ServiceProvider.GetRequiredService<ITimerScheduler>().ScheduleAsync(bookmarkId, timer.DueAt, cancellationToken);
            return;
        }

        await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().FireTimerAsync(bookmarkId, cancellationToken);
    }
}
