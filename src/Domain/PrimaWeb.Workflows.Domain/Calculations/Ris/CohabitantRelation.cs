namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>How a household member relates to the claimant; decides whether art. 34 AR 11 July 2002 counts their resources.</summary>
public enum CohabitantRelation
{
    /// <summary>The claimant (demandeur) himself or herself.</summary>
    Claimant,

    /// <summary>Spouse or life partner.</summary>
    Partner,

    /// <summary>Parent (first-degree ascendant) of full age.</summary>
    FirstDegreeAscendant,

    /// <summary>Child (first-degree descendant) of full age.</summary>
    FirstDegreeDescendant,

    /// <summary>Another adult maintenance debtor (grandparent, grandchild, in-law, ex-spouse…): counted only under the 2026 reform.</summary>
    OtherMaintenanceDebtor,

    /// <summary>Any other cohabitant (flatmate…): never counted.</summary>
    OtherCohabitant,
}
