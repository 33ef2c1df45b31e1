namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// A net resource of one household member. <paramref name="EmploymentExemption"/> applies to the claimant's earned income only;
/// <paramref name="ExemptBasis"/> marks a resource the law does not count; <paramref name="FromArticle60Employment"/> marks income
/// from an art. 60 §7 job or activation, which counts even for a partner who is a DIS beneficiary.
/// </summary>
public sealed record RisResource(
    string PersonId,
    ResourceKind Kind,
    decimal Amount,
    ResourcePeriodicity Periodicity = ResourcePeriodicity.Monthly,
    EmploymentExemption EmploymentExemption = EmploymentExemption.None,
    ExemptResourceBasis ExemptBasis = ExemptResourceBasis.None,
    bool FromArticle60Employment = false,
    string? Description = null);
