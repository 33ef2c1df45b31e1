using System.Globalization;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// A birth date as a social worker types it — <c>30/07/1985</c>, <c>07/1985</c> or <c>1985</c> (dots or dashes also
/// separate) — to and from the registers' <c>yyyy-MM-dd</c> with <c>00</c> for an unknown month or day.
/// </summary>
public static class BirthDateText
{
    /// <summary>The registers' spelling of <paramref name="text"/>, or null when it is not a (partly known) date.</summary>
    public static string? ToRegister(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (IncompleteDate.TryParse(trimmed, out var iso))
        {
            return iso.ToString();
        }

        var parts = trimmed.Split(['/', '.', '-'], StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)) || parts[^1].Length != 4)
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var candidate = numbers.Length switch
        {
            1 => $"{numbers[0]:0000}-00-00",
            2 => $"{numbers[1]:0000}-{numbers[0]:00}-00",
            3 => $"{numbers[2]:0000}-{numbers[1]:00}-{numbers[0]:00}",
            _ => null,
        };

        // A typed 00 day or month is the registers' "unknown", as on a BIS form (00/00/1990 is 1990).
        return IncompleteDate.TryParse(candidate, out var date) ? date.ToString() : null;
    }

    /// <summary><c>30/07/1985</c>, <c>07/1985</c> or <c>1985</c>, as the screens write a partly known birth date.</summary>
    public static string Display(string? registerDate)
    {
        if (!IncompleteDate.TryParse(registerDate, out var date))
        {
            return registerDate ?? string.Empty;
        }

        return date switch
        {
            { Month: 0 } => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            { Day: 0 } => string.Create(CultureInfo.InvariantCulture, $"{date.Month:00}/{date.Year:0000}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}"),
        };
    }
}
