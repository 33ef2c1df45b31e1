namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>A household member: relation is claimant, partner, firstDegreeAscendant, firstDegreeDescendant, otherMaintenanceDebtor or otherCohabitant.</summary>
internal sealed record RisHouseholdMemberDto(
    string? PersonId,
    string? Relation,
    bool? IsDisBeneficiary,
    decimal? CountedSharePercent);
