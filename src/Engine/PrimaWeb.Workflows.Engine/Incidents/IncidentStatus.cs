namespace PrimaWeb.Workflows.Engine.Incidents;

/// <summary>Status of an incident.</summary>
public enum IncidentStatus
{
    Open = 0,
    Resolved = 1,
    Skipped = 2,
    Cancelled = 3,
}
