using Hangfire;
using PrimaWeb.Workflows.Engine.Hangfire.Jobs;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Engine.Hangfire;

/// <summary>Arms a timer as a Hangfire delayed job that fires the bookmark (ids only in the job).</summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs) : ITimerScheduler
{
    public Task ScheduleAsync(Guid bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        jobs.Schedule<FireTimerJob>(job => job.RunAsync(bookmarkId, CancellationToken.None), dueAt);
        return Task.CompletedTask;
    }
}
