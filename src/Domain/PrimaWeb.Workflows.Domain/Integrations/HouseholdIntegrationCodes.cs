using PrimaWeb.Workflows.Domain.Cases;

namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>
/// The capacity code under which each member of the household is integrated (bcss-integrations.md §2.1, the seed's
/// table): the beneficiaries of the aid — the main person, the partner and the dependent children — take the aid's
/// code (1 under investigation, 2 DIS, 3 equivalent RIS …); only the other cohabitants, beneficiaries of nothing, not
/// even indirectly, take code 5. Code 6 (art. 60 §7 employment) is not chosen here: the case file does not record it.
/// </summary>
public static class HouseholdIntegrationCodes
{
    public static CapacityCode For(CapacityCode aid, HouseholdRelation relation, DateOnly? birthDate, DateOnly day) =>
        IsBeneficiary(relation, birthDate, day) ? aid : CapacityCode.Cohabitant;

    /// <summary>True for the members the aid is granted for, on <paramref name="day"/>.</summary>
    public static bool IsBeneficiary(HouseholdRelation relation, DateOnly? birthDate, DateOnly day) =>
        relation is HouseholdRelation.MainPerson or HouseholdRelation.Partner || DependentChildren.IsDependentChild(relation, birthDate, day);
}
