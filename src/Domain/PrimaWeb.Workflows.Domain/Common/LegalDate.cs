using System.Globalization;

namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>Formats legal dates the Belgian way (dd/MM/yyyy) in messages, whatever the thread culture.</summary>
public static class LegalDate
{
    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The last day of the month that contains <paramref name="day"/>.</summary>
    public static DateOnly EndOfMonth(DateOnly day) =>
        new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
}
