using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>Legal dates in the API: ISO <c>yyyy-MM-dd</c>, read strictly; the caller names the field of an error.</summary>
internal static class ApiDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// Reads a legal date and checks it lies in the span a legal date can have (<see cref="LegalDate.IsPlausible"/>);
    /// the refusal, if any, is a sentence for the field's error.
    /// </summary>
    public static bool TryParseLegal(string? text, DateOnly today, out DateOnly date, out string? refusal)
    {
        if (!TryParse(text, out date))
        {
            refusal = null;
            return false;
        }

        refusal = LegalDate.IsPlausible(date, today) ? null : OutOfSpan(date, today);
        return refusal is null;
    }

    /// <summary>Why <paramref name="date"/> is refused as a legal date.</summary>
    public static string OutOfSpan(DateOnly date, DateOnly today) =>
        $"The date {Format(date)} is not between {Format(LegalDate.Earliest)} and {Format(LegalDate.Latest(today))}.";

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The legal day of an instant (UTC day: the legal-time-zone subtlety is left to the domain's deadlines).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
