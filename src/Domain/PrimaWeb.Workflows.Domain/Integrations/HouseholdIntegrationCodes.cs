using PrimaWeb.Workflows.Domain.Cases;

namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>
/// The capacity code under which each member of the household is integrated (bcss-integrations.md §2.1, the seed's
/// table): the beneficiaries of the aid — the main person, the partner and the dependent children — take the aid's
/// code (1 under investigation, 2 DIS, 3 equivalent RIS …); only the other cohabitants, beneficiaries of nothing, not
/// even indirectly, take code 5. A member the CPAS employs (art. 60 §7, recorded with their resources) is a beneficiary
/// of that measure: code 6, besides the aid's code when the aid covers them too, instead of code 5 otherwise.
/// </summary>
public static class HouseholdIntegrationCodes
{
    public static CapacityCode For(CapacityCode aid, HouseholdRelation relation, DateOnly? birthDate, DateOnly day) =>
        IsBeneficiary(relation, birthDate, day) ? aid : CapacityCode.Cohabitant;

    /// <summary>Every code under which a member is integrated, the aid's code first when the aid covers them.</summary>
    public static IReadOnlyList<CapacityCode> CodesFor(CapacityCode aid, HouseholdRelation relation, DateOnly? birthDate, DateOnly day, bool employedThroughCpas) =>
        (IsBeneficiary(relation, birthDate, day), employedThroughCpas) switch
        {
            (true, true) => [aid, CapacityCode.EmploymentMeasure],
            (true, false) => [aid],
            (false, true) => [CapacityCode.EmploymentMeasure],
            (false, false) => [CapacityCode.Cohabitant],
        };

    /// <summary>True for the members the aid is granted for, on <paramref name="day"/>.</summary>
    public static bool IsBeneficiary(HouseholdRelation relation, DateOnly? birthDate, DateOnly day) =>
        relation is HouseholdRelation.MainPerson or HouseholdRelation.Partner || DependentChildren.IsDependentChild(relation, birthDate, day);
}
