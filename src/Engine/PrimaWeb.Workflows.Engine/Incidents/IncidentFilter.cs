namespace PrimaWeb.Workflows.Engine.Incidents;

/// <summary>Selects open incidents for a batch action; unset criteria match everything.</summary>
public sealed record IncidentFilter
{
    public string? DefinitionId { get; init; }

    public string? ActivityType { get; init; }

    public Guid? InstanceId { get; init; }

    public DateTimeOffset? CreatedBefore { get; init; }
}
