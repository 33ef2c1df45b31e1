using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>
/// One line of a person's integration in the BCSS reference directory by a CPAS: a capacity code and a closed period
/// (both days included). Created and changed only through its <see cref="IntegrationRegister"/>.
/// </summary>
public sealed class Integration
{
    internal Integration(CapacityCode code, DateOnly start, DateOnly end)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Start = start;
        End = end;
    }

    // For EF Core.
    private Integration()
    {
    }

    public Guid Id { get; private set; }

    public CapacityCode Code { get; private set; }

    public DateOnly Start { get; private set; }

    /// <summary>Last day covered: the planned end, or the last day before a disintegration.</summary>
    public DateOnly End { get; private set; }

    /// <summary>True once a disintegration brought the end forward.</summary>
    public bool IsDisintegrated { get; private set; }

    /// <summary>True when a disintegration came before the first day: the line covers no day at all.</summary>
    public bool IsCancelled { get; private set; }

    public DatePeriod Period => new(Start, End);

    public CapacityCodeInfo CodeInfo => CapacityCodes.Describe(Code);

    /// <summary>True when the person is integrated under this line on <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => !IsCancelled && Period.Contains(day);

    /// <summary>True when this line covers at least one day of <paramref name="period"/>.</summary>
    public bool CoversAnyDayOf(DatePeriod period) => !IsCancelled && Period.Overlaps(period);

    public IntegrationStatus StatusOn(DateOnly today) => this switch
    {
        { IsCancelled: true } => IntegrationStatus.Cancelled,
        _ when today < Start => IntegrationStatus.Planned,
        _ when today <= End => IntegrationStatus.Active,
        { IsDisintegrated: true } => IntegrationStatus.Ended,
        _ => IntegrationStatus.Expired,
    };

    public override string ToString() => $"code {(int)Code} {Period}";

    internal void ExtendTo(DateOnly newEnd)
    {
        End = newEnd;
        IsDisintegrated = false;
    }

    internal void Disintegrate(DateOnly lastDay)
    {
        if (lastDay < Start)
        {
            IsCancelled = true;
        }
        else
        {
            End = lastDay;
        }

        IsDisintegrated = true;
    }
}
