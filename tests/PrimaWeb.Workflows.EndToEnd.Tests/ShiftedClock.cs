using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.EndToEnd.Tests;

/// <summary>
/// The real time, moved forward when the test says so. Unlike a fake clock that stands still, its timers are the
/// system's: the browser's app keeps its SignalR keep-alives and circuits, while the test makes days pass for the
/// workflows (an SPP-IS answer, a deadline).
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _shiftTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _shiftTicks));

    /// <summary>The day in Belgium, as the app dates a request or a decision (an hour or two ahead of UTC).</summary>
    public DateOnly BelgianToday => LegalClock.Today(this);

    public void Advance(TimeSpan delta) => Interlocked.Add(ref _shiftTicks, delta.Ticks);
}
