namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Kind of a resource, as the social report lists it.</summary>
public enum ResourceKind
{
    EarnedIncome,
    ReplacementIncome,
    FamilyAllowances,
    Maintenance,
    RealEstate,
    Other,
}
