using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>OCMWCPASPerformInvestigation: the National Register data of a person for the social inquiry.</summary>
public sealed record PerformInvestigationRequest(Niss SSIN);

/// <summary>Identification, civil status, main residence and the official household composition (IT140).</summary>
public sealed record PerformInvestigationAnswer(
    NaturalPerson Person,
    string? BirthPlace,
    string CivilStatus,
    IReadOnlyList<HouseholdMember> Household);

/// <summary>A member of the official household with his position relative to the reference person.</summary>
public sealed record HouseholdMember(Niss SSIN, PersonName Name, string Relationship);
