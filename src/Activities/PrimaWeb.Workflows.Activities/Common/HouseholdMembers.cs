namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>The "members" input of the BCSS steps, written main, partner or household in a definition.</summary>
public enum HouseholdMembers
{
    /// <summary>The main person only.</summary>
    Main = 0,

    /// <summary>The main person and the partner.</summary>
    Partner = 1,

    /// <summary>Everybody in the de facto household.</summary>
    Household = 2,
}
