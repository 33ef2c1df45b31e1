using System.Globalization;
using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// An ISO 8601 duration (<c>P1M</c>, <c>P30D</c>, <c>PT2H</c>, <c>P1Y2M3DT4H</c>). Years and months are calendar units,
/// added as such: a legal "one month" from 31 January ends on the last day of February, not 30 days later.
/// </summary>
public readonly partial record struct IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, int Seconds)
{
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            return false;
        }

        duration = new IsoDuration(Group(match, "y"), Group(match, "mo"), Group(match, "w"), Group(match, "d"), Group(match, "h"), Group(match, "mi"), Group(match, "s"));
        return true;
    }

    /// <summary>Adds the duration to an instant, calendar units first.</summary>
    public DateTimeOffset AddTo(DateTimeOffset instant) =>
        instant.AddYears(Years).AddMonths(Months).AddDays((Weeks * 7) + Days).AddHours(Hours).AddMinutes(Minutes).AddSeconds(Seconds);

    private static int Group(Match match, string name) =>
        match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+)S)?)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
