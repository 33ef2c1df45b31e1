using PrimaWeb.Workflows.Web.Features.Persons;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A case with its main person, both household compositions and its requests.</summary>
public sealed record CaseDetailsDto(
    Guid Id,
    string Reference,
    string Status,
    string OpenedOn,
    string? ClosedOn,
    string? SocialWorkerId,
    PersonDto MainPerson,
    IReadOnlyList<HouseholdMemberDto> OfficialHousehold,
    IReadOnlyList<HouseholdMemberDto> DeFactoHousehold,
    IReadOnlyList<RequestSummaryDto> Requests);
