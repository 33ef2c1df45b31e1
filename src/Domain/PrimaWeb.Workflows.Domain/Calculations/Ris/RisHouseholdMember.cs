namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// A member of the claimant's household. <paramref name="CountedSharePercent"/> is the CPAS's decision (0–100) on how much
/// of a maintenance debtor's resources above the category 1 amount is counted; null means 0 %.
/// <paramref name="IsDisBeneficiary"/> marks a partner who is himself or herself a DIS beneficiary.
/// </summary>
public sealed record RisHouseholdMember(
    string PersonId,
    CohabitantRelation Relation,
    bool IsDisBeneficiary = false,
    decimal? CountedSharePercent = null);
