using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>One period during which a person belongs to the official or the de facto household of a case.</summary>
public sealed class HouseholdMember
{
    internal HouseholdMember(HouseholdKind kind, HouseholdMemberEntry entry)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        PersonId = Guard.RequiredId(entry.PersonId, nameof(PersonId), "member's person id");
        Relation = Guard.Defined(entry.Relation, nameof(Relation), "household relation");
        From = entry.From;
        To = new DatePeriod(entry.From, entry.To).End;
    }

    // For EF Core.
    private HouseholdMember()
    {
    }

    public Guid Id { get; private set; }

    public HouseholdKind Kind { get; private set; }

    public Guid PersonId { get; private set; }

    public HouseholdRelation Relation { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>Last day in the household, or null while the person still lives there.</summary>
    public DateOnly? To { get; private set; }

    public DatePeriod Period => new(From, To);

    internal void EndOn(DateOnly lastDay)
    {
        To = new DatePeriod(From, lastDay).End;
    }
}
