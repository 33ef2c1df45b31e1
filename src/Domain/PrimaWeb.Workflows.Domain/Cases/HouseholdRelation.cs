namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>Relation of a household member to the main person of the case.</summary>
public enum HouseholdRelation
{
    /// <summary>The main person of the case; exactly the person the case is opened for.</summary>
    MainPerson,

    /// <summary>Spouse, legal or de facto partner.</summary>
    Partner,

    Child,

    Parent,

    /// <summary>Another relative (brother, grandparent …).</summary>
    OtherRelative,

    /// <summary>Someone living there without family tie (co-tenant …).</summary>
    Other,
}
