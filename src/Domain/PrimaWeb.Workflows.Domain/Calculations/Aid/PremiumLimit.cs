namespace PrimaWeb.Workflows.Domain.Calculations.Aid;

/// <summary>How often a person may receive the installation premium (reference data <c>installationPremium.rules</c>).</summary>
public enum PremiumLimit
{
    /// <summary>Once in a lifetime: an earlier granted premium of the same person refuses the new request.</summary>
    OnceInALifetime,

    /// <summary>No limit: every request is examined on its own.</summary>
    None,
}
