using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>What the case page shows today: the case, its main person and both household compositions.</summary>
public sealed record CaseFile(
    Guid Id,
    string Reference,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    CaseStatus Status,
    string? SocialWorkerId,
    CasePerson MainPerson,
    IReadOnlyList<CaseHouseholdMember> OfficialHousehold,
    IReadOnlyList<CaseHouseholdMember> DeFactoHousehold);

/// <summary>A person as the case page shows them.</summary>
public sealed record CasePerson(Guid Id, string FullName, string Niss, DateOnly? BirthDate, Address? Address);

/// <summary>A membership period in one household composition.</summary>
public sealed record CaseHouseholdMember(Guid PersonId, string FullName, string Niss, HouseholdRelation Relation, DateOnly From, DateOnly? To)
{
    /// <summary>The line of the household (a person may have several periods): what the de facto editor ends.</summary>
    public Guid MemberId { get; init; }
}
