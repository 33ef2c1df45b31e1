namespace PrimaWeb.Workflows.Domain.Common;

/// <summary>
/// A period of whole days, both ends included. <see cref="End"/> is null for an open period (still running).
/// </summary>
public readonly record struct DatePeriod
{
    public DatePeriod(DateOnly start, DateOnly? end)
    {
        if (end < start)
        {
            throw new DomainValidationException(
                nameof(End),
                RuleCodes.EndBeforeStart,
                $"The period ends on {LegalDate.Format(end.Value)}, before it starts on {LegalDate.Format(start)}.",
                end.Value,
                start);
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    /// <summary>Last day included, or null when the period is open.</summary>
    public DateOnly? End { get; }

    public bool IsOpen => End is null;

    /// <summary>A closed period covering one calendar year, as the heating period does.</summary>
    public static DatePeriod CalendarYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Contains(DateOnly day) => day >= Start && (End is null || day <= End);

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(DatePeriod other) =>
        (End is null || other.Start <= End) && (other.End is null || Start <= other.End);

    public override string ToString() =>
        End is null ? $"from {LegalDate.Format(Start)}" : $"{LegalDate.Format(Start)}–{LegalDate.Format(End.Value)}";
}
