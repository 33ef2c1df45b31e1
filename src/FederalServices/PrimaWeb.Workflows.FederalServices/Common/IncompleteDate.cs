using System.Globalization;
using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>
/// A birth date of the XSD pattern <c>[1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]</c> where the month and day may be 00
/// (unknown). Matching with a tolerance counts in days for a full date, months for <c>yyyy-MM-00</c>, years for
/// <c>yyyy-00-00</c> (bcss-integrations.md §6).
/// </summary>
public sealed partial record IncompleteDate(int Year, int Month, int Day)
{
    public bool IsComplete => Month != 0 && Day != 0;

    public static bool TryParse(string? text, out IncompleteDate date)
    {
        date = new IncompleteDate(0, 0, 0);
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (month > 12 || (month == 0 && day != 0) || (month > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        date = new IncompleteDate(year, month, day);
        return true;
    }

    /// <summary>The date with unknown parts set to 1 (for periods that need a day).</summary>
    public DateOnly ToDateOrFirst() => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    public static IncompleteDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Whether a person's (complete) birth date matches this criterion within the tolerance.</summary>
    public bool Matches(DateOnly birthDate, int tolerance)
    {
        if (IsComplete)
        {
            return Math.Abs(birthDate.DayNumber - new DateOnly(Year, Month, Day).DayNumber) <= tolerance;
        }

        if (Month != 0)
        {
            var months = ((birthDate.Year * 12) + birthDate.Month) - ((Year * 12) + Month);
            return Math.Abs(months) <= tolerance;
        }

        return Math.Abs(birthDate.Year - Year) <= tolerance;
    }

    public override string ToString() => $"{Year:0000}-{Month:00}-{Day:00}";

    [GeneratedRegex("^[1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]$")]
    private static partial Regex Pattern();
}
