namespace PrimaWeb.Workflows.Engine.Timers;

/// <summary>
/// Arms a timer in a job scheduler after its burst committed. Arming twice is harmless: firing is idempotent, keyed
/// by the bookmark.
/// </summary>
public interface ITimerScheduler
{
    Task ScheduleAsync(Guid bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken);
}
