namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>
/// The legal calendar: legal days are Belgian days, in <see cref="TimeZoneId"/>, whatever the server's own zone.
/// "Today", the day an instant falls on, and the instant a legal day starts all come from here. Without that time zone
/// on the machine there is no way to tell the legal day, so every use fails saying so rather than falling back to UTC
/// (which would date a decision taken at 00:30 in Brussels on the day before).
/// </summary>
public static class LegalClock
{
    /// <summary>The time zone of the legal day (IANA id).</summary>
    public const string TimeZoneId = "Europe/Brussels";

    private static readonly Lazy<TimeZoneInfo> Zone = new(() => FindZone(TimeZoneId));

    /// <summary>The Belgian time zone; throws, naming it, when the machine does not have it.</summary>
    public static TimeZoneInfo TimeZone => Zone.Value;

    /// <summary>Today's legal day, read from <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow());
    }

    /// <summary>The legal day <paramref name="instant"/> falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant).DateTime);

    /// <summary><paramref name="instant"/> in Belgian local time (for display).</summary>
    public static DateTimeOffset LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The instant <paramref name="day"/> starts in Brussels, plus <paramref name="hour"/> hours.</summary>
    public static DateTimeOffset StartOf(DateOnly day, int hour = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    internal static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new InvalidOperationException(
                $"The time zone {id} is not installed on this machine, so the legal (Belgian) day cannot be told. Install the "
                + "time zone database (tzdata on Debian) and restart; PrimaWeb does not fall back to UTC.");
}
