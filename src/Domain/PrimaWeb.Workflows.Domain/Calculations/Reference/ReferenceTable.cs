using System.Globalization;

namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>
/// A table of dated rows, ordered by date, with neither gap nor overlap: each row applies from its date until the day
/// before the next row (or until its declared end). Answers which row is in force on a date and splits a period at
/// the dates where a new row starts (an indexation).
/// </summary>
public sealed class ReferenceTable
{
    internal ReferenceTable(string id, string file, string? description, IReadOnlyList<ReferenceRow> rows)
    {
        Id = id;
        File = file;
        Description = description;
        Rows = rows;
    }

    public string Id { get; }

    public string File { get; }

    public string? Description { get; }

    public IReadOnlyList<ReferenceRow> Rows { get; }

    public DateOnly FirstDate => Rows[0].From;

    public DateOnly? LastDate => Rows[^1].Until;

    public bool Covers(DateOnly date) => Rows.Any(r => r.AppliesOn(date));

    /// <summary>True when some row is in force on every day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Covers(DateOnly from, DateOnly to) => Covers(from) && Covers(to);

    public ReferenceRow? TryRowOn(DateOnly date) => Rows.FirstOrDefault(r => r.AppliesOn(date));

    public ReferenceRow RowOn(DateOnly date) =>
        TryRowOn(date) ?? throw new ReferenceDataException(
            [new ReferenceDataError(File, Id, null, null, $"no row is in force on {Format(date)}{CoverageText()}.")]);

    /// <summary>The period cut at each date where a new row starts; one segment per row in force.</summary>
    public IReadOnlyList<ReferenceSegment> Split(DateOnly from, DateOnly to)
    {
        var segments = new List<ReferenceSegment>();
        var cursor = from;
        while (cursor <= to)
        {
            var row = RowOn(cursor);
            var end = row.Until is { } until && until < to ? until : to;
            segments.Add(new ReferenceSegment(cursor, end, row));
            if (end == DateOnly.MaxValue)
            {
                break;
            }

            cursor = end.AddDays(1);
        }

        return segments;
    }

    /// <summary>Dates strictly after <paramref name="from"/> and up to <paramref name="to"/> on which a new row starts.</summary>
    public IEnumerable<DateOnly> ChangeDates(DateOnly from, DateOnly to) =>
        Rows.Select(r => r.From).Where(d => d > from && d <= to);

    internal string CoverageText() =>
        $" (the table covers {Format(FirstDate)} to {(LastDate is { } last ? Format(last) : "no end")})";

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
