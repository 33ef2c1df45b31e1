using System.Collections.Concurrent;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Versioning;

/// <summary>Parsed definitions by id and version (a singleton). Safe because a stored version's JSON never changes once published.</summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _definitions = new();

    internal bool TryGet(string definitionId, int version, out WorkflowDefinition definition) =>
        _definitions.TryGetValue((definitionId, version), out definition!);

    internal void Set(WorkflowDefinition definition) => _definitions[(definition.DefinitionId, definition.Version)] = definition;

    internal void Remove(string definitionId, int version) => _definitions.TryRemove((definitionId, version), out _);
}
