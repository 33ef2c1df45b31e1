namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// The bounds every task payload keeps, whatever its form declares: dates in a plausible span, numbers that are
/// amounts, texts and lists of a size a person types. The host sets them from its domain's rules.
/// </summary>
public sealed record FormLimits
{
    /// <summary>Values any host may start from: 1900 to ten years ahead, a billion, 20,000 characters, 100 lines.</summary>
    public static FormLimits Default { get; } = new();

    public DateOnly EarliestDate { get; init; } = new(1900, 1, 1);

    /// <summary>How many years after today a date may fall.</summary>
    public int YearsAhead { get; init; } = 10;

    /// <summary>The largest number (in absolute value) a field takes when it declares no bound of its own.</summary>
    public decimal LargestNumber { get; init; } = 1_000_000_000m;

    /// <summary>The longest text a field takes when it declares no maximum length of its own.</summary>
    public int MaxTextLength { get; init; } = 20_000;

    /// <summary>The most lines of a repeated group that declares no maximum of its own.</summary>
    public int MaxItems { get; init; } = 100;

    /// <summary>The time zone whose calendar tells "today" (a decision dated today at 00:30 in Brussels is not in the future).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public DateOnly LatestDate(DateOnly today) => today.AddYears(YearsAhead);

    /// <summary>The day <paramref name="now"/> falls on in <see cref="TimeZone"/>: the "today" of the date bounds.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);
}
