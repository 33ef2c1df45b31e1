using PrimaWeb.Workflows.Engine.Activities;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>What a <see cref="IDefinitionRule"/> is given: the definition, its activities' descriptors, and whether the rules before it found errors.</summary>
public sealed class DefinitionCheck
{
    private readonly IActivityRegistry _registry;
    private readonly IReadOnlyList<DefinitionError> _errorsSoFar;
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    internal DefinitionCheck(WorkflowDefinition definition, IActivityRegistry registry, IReadOnlyList<DefinitionError> errorsSoFar)
    {
        Definition = definition;
        _registry = registry;
        _errorsSoFar = errorsSoFar;
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            _indexById.TryAdd(definition.Activities[i].Id, i);
        }
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>
    /// True when a rule that ran before found an error: a rule that needs a sound graph (one start, known types,
    /// connections that lead somewhere) returns nothing then.
    /// </summary>
    public bool HasErrors => _errorsSoFar.Count > 0;

    /// <summary>The registered descriptor of <paramref name="node"/>'s type and version, or null when none is.</summary>
    public ActivityDescriptor? DescriptorOf(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _registry.Find(node.Type, node.Version);
    }

    /// <summary>The descriptor of the first activity with this id, or null (no such activity, or an unknown type).</summary>
    public ActivityDescriptor? DescriptorOf(string activityId) =>
        _indexById.TryGetValue(activityId, out var index) ? DescriptorOf(Definition.Activities[index]) : null;

    /// <summary>The index of the first activity with this id in <c>$.activities</c>, or null.</summary>
    public int? IndexOf(string activityId) => _indexById.TryGetValue(activityId, out var index) ? index : null;
}
