using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>
/// On start-up, arms every timer of the database again, due or not. The database is the source of truth: whatever the
/// Hangfire storage lost (in-memory storage, a restored backup), timers fire; duplicates are harmless.
/// </summary>
public sealed class TimerRearmService(IServiceScopeFactory scopes, ITimerScheduler scheduler, ILogger<TimerRearmService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var timers = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListTimersAsync(cancellationToken);
        foreach (var timer in timers)
        {
            await scheduler.ScheduleAsync(timer.BookmarkId, timer.DueAt, cancellationToken);
        }

        logger.LogInformation("Re-armed {Count} workflow timers from the database.", timers.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
