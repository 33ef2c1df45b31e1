namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>What a registration did to the register.</summary>
public enum IntegrationChange
{
    /// <summary>A new integration line was added.</summary>
    Registered,

    /// <summary>An overlapping integration of the same code was extended to the new end.</summary>
    Extended,

    /// <summary>An integration of the same code already covered the whole period; nothing changed.</summary>
    AlreadyCovered,
}
