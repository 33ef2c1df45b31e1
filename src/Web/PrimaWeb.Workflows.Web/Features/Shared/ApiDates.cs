using System.Globalization;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>Legal dates in the API: ISO <c>yyyy-MM-dd</c>, read strictly; the caller names the field of an error.</summary>
internal static class ApiDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
