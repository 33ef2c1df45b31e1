namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// Moves running instances of one version to another. <see cref="ActivityMapping"/> maps an activity id of the old
/// version to one of the new; an id absent from the mapping keeps its name. <see cref="Instances"/>, when given, limits
/// the plan to those instances (the analyst's choice); otherwise every running instance of the version is considered.
/// </summary>
public sealed record MigrationPlan(string DefinitionId, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> ActivityMapping)
{
    public IReadOnlySet<Guid>? Instances { get; init; }
}
