using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>Legal dates in the API: ISO <c>yyyy-MM-dd</c>, read strictly; the caller names the field of an error.</summary>
internal static class ApiDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The refusal of <paramref name="date"/> in <paramref name="field"/> when it lies outside the span a legal date can
    /// have on <paramref name="today"/> (<see cref="LegalDate.IsPlausible"/>), the domain's rule, checked before any work.
    /// </summary>
    public static Refusal? Implausible(string field, DateOnly date, DateOnly today) =>
        LegalDate.IsPlausible(date, today)
            ? null
            : new Refusal(
                field,
                RuleCodes.ImplausibleDate,
                $"The date {Format(date)} is not between {Format(LegalDate.Earliest)} and {Format(LegalDate.Latest(today))}.",
                date,
                LegalDate.Earliest,
                LegalDate.Latest(today));

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
