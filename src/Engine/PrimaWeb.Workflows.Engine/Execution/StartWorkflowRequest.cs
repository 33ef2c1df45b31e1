using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// Starts an instance of <see cref="DefinitionId"/>: at <see cref="Version"/> when given, otherwise at the published
/// version in force on <see cref="ReceptionDate"/> (today when null).
/// </summary>
public sealed record StartWorkflowRequest(string DefinitionId)
{
    public int? Version { get; init; }

    public DateOnly? ReceptionDate { get; init; }

    public JsonObject? Variables { get; init; }

    public string? TenantId { get; init; }

    public string? CorrelationKey { get; init; }

    public string? Actor { get; init; }

    /// <summary>Fixes the instance id (idempotent starts: a second start with the same id is refused by the store).</summary>
    public Guid? InstanceId { get; init; }
}
