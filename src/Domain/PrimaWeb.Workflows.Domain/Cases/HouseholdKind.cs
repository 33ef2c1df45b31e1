namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>The two compositions a case keeps side by side.</summary>
public enum HouseholdKind
{
    /// <summary>As the National Register gives it (transaction 25 / PerformInvestigation); replaced as a whole.</summary>
    Official,

    /// <summary>As the social worker establishes it during the social enquiry; adjusted member by member.</summary>
    DeFacto,
}
