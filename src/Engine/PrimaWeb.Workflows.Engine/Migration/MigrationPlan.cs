namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// Moves running instances of one version to another. <see cref="ActivityMapping"/> maps an activity id of the old
/// version to one of the new; an id absent from the mapping keeps its name.
/// </summary>
public sealed record MigrationPlan(string DefinitionId, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> ActivityMapping);
