using System.Globalization;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>Legal dates in the API: ISO <c>yyyy-MM-dd</c>, read strictly; the caller names the field of an error.</summary>
internal static class ApiDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The legal day of an instant (UTC day: the legal-time-zone subtlety is left to the domain's deadlines).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
