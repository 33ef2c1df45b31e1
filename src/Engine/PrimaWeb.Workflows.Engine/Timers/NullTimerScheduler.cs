namespace PrimaWeb.Workflows.Engine.Timers;

/// <summary>Arms nothing: timers stay in the database until a host fires them (tests, or a scheduler added later).</summary>
public sealed class NullTimerScheduler : ITimerScheduler
{
    public Task ScheduleAsync(Guid bookmarkId, DateTimeOffset dueAt, CancellationToken cancellationToken) => Task.CompletedTask;
}
