using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>A read-only view of one of the two household compositions of a case.</summary>
public sealed class HouseholdComposition
{
    internal HouseholdComposition(HouseholdKind kind, IReadOnlyList<HouseholdMember> members)
    {
        Kind = kind;
        Members = members;
    }

    public HouseholdKind Kind { get; }

    /// <summary>Every membership period, past and current.</summary>
    public IReadOnlyList<HouseholdMember> Members { get; }

    /// <summary>The members present on <paramref name="day"/>.</summary>
    public IReadOnlyList<HouseholdMember> MembersOn(DateOnly day) =>
        Members.Where(m => m.Period.Contains(day)).ToList();

    /// <summary>The partner of the main person on <paramref name="day"/>, if any (at most one at a time).</summary>
    public HouseholdMember? PartnerOn(DateOnly day) =>
        Members.SingleOrDefault(m => m.Relation == HouseholdRelation.Partner && m.Period.Contains(day));

    /// <summary>The persons who share the household with the main person at some time during <paramref name="period"/>.</summary>
    public IReadOnlyList<Guid> PersonsDuring(DatePeriod period) =>
        Members.Where(m => m.Period.Overlaps(period)).Select(m => m.PersonId).Distinct().ToList();
}
