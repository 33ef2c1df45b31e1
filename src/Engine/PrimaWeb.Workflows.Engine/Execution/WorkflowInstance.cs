using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// A running workflow, pinned to one definition version. Its execution state (variables, pending tokens, join arrivals)
/// is one JSON column (<see cref="StateJson"/>) so that every provider stores it the same way.
/// </summary>
public sealed class WorkflowInstance
{
    private WorkflowState? _state;

    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public WorkflowStatus Status { get; set; }

    public string? TenantId { get; set; }

    /// <summary>An opaque key the host uses to find the instance (e.g. a request id).</summary>
    public string? CorrelationKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string StateJson { get; set; } = "{}";

    /// <summary>The parsed state; written back to <see cref="StateJson"/> by <see cref="FlushState"/>.</summary>
    [JsonIgnore]
    public WorkflowState State => _state ??= JsonSerializer.Deserialize<WorkflowState>(StateJson, WorkflowState.SerializerOptions) ?? new WorkflowState();

    /// <summary>Serialises the state into <see cref="StateJson"/> before a commit.</summary>
    public void FlushState()
    {
        if (_state is not null)
        {
            StateJson = JsonSerializer.Serialize(_state, WorkflowState.SerializerOptions);
        }
    }
}
