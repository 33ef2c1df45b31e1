using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// A versioned workflow definition as data: a graph of activities joined by connections, read from JSON
/// (<c>definitions/&lt;request-type&gt;/v&lt;version&gt;.json</c>). Instances are pinned to one version.
/// <see cref="CustomProperties"/> are the host's settings of the definition (the engine only carries them), as in Elsa.
/// </summary>
public sealed record WorkflowDefinition(
    string DefinitionId,
    int Version,
    string Name,
    string? Description,
    DateOnly EffectiveFrom,
    DefinitionStatus Status,
    IReadOnlyList<VariableDefinition> Variables,
    IReadOnlyList<ActivityNode> Activities,
    IReadOnlyList<Connection> Connections,
    IReadOnlyDictionary<string, JsonNode?>? CustomProperties = null)
{
    /// <summary>Finds an activity by id, or null.</summary>
    public ActivityNode? FindActivity(string id) => Activities.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));

    /// <summary>The connections leaving <paramref name="activityId"/> on <paramref name="outcome"/>.</summary>
    public IEnumerable<Connection> ConnectionsFrom(string activityId, string outcome) =>
        Connections.Where(c => string.Equals(c.From, activityId, StringComparison.Ordinal)
            && string.Equals(c.Outcome, outcome, StringComparison.Ordinal));

    /// <summary>The connections arriving at <paramref name="activityId"/>.</summary>
    public IEnumerable<Connection> ConnectionsTo(string activityId) =>
        Connections.Where(c => string.Equals(c.To, activityId, StringComparison.Ordinal));
}
