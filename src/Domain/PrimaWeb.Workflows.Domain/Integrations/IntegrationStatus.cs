namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>Where an integration stands on a given day.</summary>
public enum IntegrationStatus
{
    /// <summary>Registered, but its first day is still to come.</summary>
    Planned,

    /// <summary>The day lies within its period.</summary>
    Active,

    /// <summary>Its period ran out on its planned end.</summary>
    Expired,

    /// <summary>Ended early by a disintegration.</summary>
    Ended,

    /// <summary>Disintegrated before its first day: it never covered any day.</summary>
    Cancelled,
}
