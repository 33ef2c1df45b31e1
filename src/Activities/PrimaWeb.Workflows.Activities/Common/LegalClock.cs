namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>Legal days are Belgian days: "today" and the instant a legal day starts, in Europe/Brussels.</summary>
public static class LegalClock
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }

    /// <summary>The instant <paramref name="day"/> starts in Brussels, plus <paramref name="hour"/> hours.</summary>
    public static DateTimeOffset StartOf(DateOnly day, int hour = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
