using System.Globalization;

namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>
/// What a capacity code means and how long a registration under it may last. The labels are the official BCSS list for
/// sector 17 (FR / NL); <see cref="Meaning"/> is the PrimaWeb description.
/// </summary>
public sealed record CapacityCodeInfo(
    CapacityCode Code,
    string LabelFr,
    string LabelNl,
    string Meaning,
    MaximumDuration MaximumDuration)
{
    /// <summary>The number sent to the BCSS (1 … 6, 40).</summary>
    public int Number => (int)Code;

    /// <summary>
    /// The last day a registration starting on <paramref name="start"/> may cover. Months are counted as
    /// "start + N months − 1 day" (tests B-12 and B-14); the exact BCSS arithmetic is unverified.
    /// </summary>
    public DateOnly MaximumEnd(DateOnly start) => MaximumDuration switch
    {
        MaximumDuration.TwoMonths => start.AddMonths(2).AddDays(-1),
        MaximumDuration.OneYear => start.AddMonths(12).AddDays(-1),
        MaximumDuration.CalendarYear => new DateOnly(start.Year, 12, 31),
        _ => throw new InvalidOperationException($"Unknown maximum duration {MaximumDuration}."),
    };

    /// <summary>The duration in words, for messages ("2 months", "1 year", "the calendar year").</summary>
    public string MaximumDurationText => MaximumDuration switch
    {
        MaximumDuration.TwoMonths => "2 months",
        MaximumDuration.OneYear => "1 year",
        _ => "the calendar year",
    };

    /// <summary>"code 1 (Dossier en examen)", for messages.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"code {Number} ({LabelFr})");
}
