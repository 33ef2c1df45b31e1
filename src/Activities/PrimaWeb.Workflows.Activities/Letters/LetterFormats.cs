using System.Globalization;
using Fluid;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>How values print in letters: money and dates the Belgian way, the same in French and in Dutch.</summary>
public static class LetterFormats
{
    // Written out rather than taken from fr-BE / nl-BE: ICU's Belgian French groups thousands with a narrow space,
    // while CPAS letters in both languages write 1.314,20 €.
    private static readonly NumberFormatInfo BelgianNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    public static string Money(decimal amount) => amount.ToString("#,##0.00", BelgianNumbers) + " €";

    /// <summary>A quantity as Belgian letters write it in both languages: <c>1.200</c>, <c>2,5</c>.</summary>
    public static string Quantity(decimal value) => value.ToString("#,##0.##", BelgianNumbers);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An enum value as templates compare it: its name in snake_case (<c>granted_modified</c>).</summary>
    public static string EnumName(Enum value)
    {
        var field = value.GetType().GetField(value.ToString());
        return field is null ? value.ToString().ToLowerInvariant() : MemberNameStrategies.SnakeCase(field);
    }

    public static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Fr ? "fr-BE" : "nl-BE");
}
