using System.Globalization;

namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>Formats legal dates the Belgian way (dd/MM/yyyy) in messages, and bounds what a legal date can be.</summary>
public static class LegalDate
{
    /// <summary>
    /// The earliest legal date the application takes: no person alive, no decision or household period to record
    /// is older; a date before it is a typing mistake (0001-01-01, 19-01-1985 read as a year).
    /// </summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>How far ahead a legal date may be: a grant's end or a deadline, never further than ten years.</summary>
    public const int YearsAhead = 10;

    public static DateOnly Latest(DateOnly today) => today.AddYears(YearsAhead);

    /// <summary>True when <paramref name="day"/> is within the span a legal date can have on <paramref name="today"/>.</summary>
    public static bool IsPlausible(DateOnly day, DateOnly today) => day >= Earliest && day <= Latest(today);

    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The last day of the month that contains <paramref name="day"/>.</summary>
    public static DateOnly EndOfMonth(DateOnly day) =>
        new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    /// <summary>The last day of the calendar quarter that contains <paramref name="day"/> (31/03, 30/06, 30/09 or 31/12).</summary>
    public static DateOnly EndOfQuarter(DateOnly day) => EndOfMonth(new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 3, 1));
}
