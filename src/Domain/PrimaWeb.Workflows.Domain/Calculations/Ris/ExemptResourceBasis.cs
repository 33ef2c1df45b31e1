namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Why a resource is not counted at all (art. 22 §1 AR 11 July 2002); <see cref="None"/> when it counts.</summary>
public enum ExemptResourceBasis
{
    None,
    StudyGrant,
    MaintenanceForChildren,
    FosterCareAllowance,

    /// <summary>Family allowances the claimant receives as allocataire for children he or she raises (art. 22 §1 b).</summary>
    FamilyAllowancesForOwnChildren,
}
