using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Localization;

/// <summary>
/// How the screens write dates, instants and money: dates as dd/MM/yyyy in every language (as on Belgian
/// administrative documents), instants in Belgian local time, amounts in euro in the current culture's digits.
/// </summary>
public static class BelgianFormats
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => Date(LegalClock.DayOf(instant));

    public static string DateTime(DateTimeOffset instant) =>
        LegalClock.LocalTime(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An amount in euro, e.g. <c>1 234,56 €</c> in French and <c>€ 1.234,56</c> in Dutch.</summary>
    public static string Money(decimal amount)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        format.CurrencyDecimalDigits = 2;
        return amount.ToString("C", format);
    }
}
