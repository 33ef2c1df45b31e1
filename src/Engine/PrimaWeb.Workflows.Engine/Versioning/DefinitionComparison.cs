using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Versioning;

/// <summary>
/// What changed from one version to another, as an analyst reads it: activities added and removed (by id), activities
/// whose type, name or inputs changed (input by input), connections added and removed, variables added and removed.
/// </summary>
public sealed record DefinitionComparison(
    int FromVersion,
    int ToVersion,
    IReadOnlyList<string> ActivitiesAdded,
    IReadOnlyList<string> ActivitiesRemoved,
    IReadOnlyList<ActivityChange> ActivitiesChanged,
    IReadOnlyList<Connection> ConnectionsAdded,
    IReadOnlyList<Connection> ConnectionsRemoved,
    IReadOnlyList<string> VariablesAdded,
    IReadOnlyList<string> VariablesRemoved)
{
    /// <summary>True when the two versions run the same graph with the same inputs.</summary>
    public bool IsEmpty => ActivitiesAdded.Count == 0 && ActivitiesRemoved.Count == 0 && ActivitiesChanged.Count == 0
        && ConnectionsAdded.Count == 0 && ConnectionsRemoved.Count == 0 && VariablesAdded.Count == 0 && VariablesRemoved.Count == 0;

    /// <summary>Compares <paramref name="from"/> with <paramref name="to"/>; activities are matched by id.</summary>
    public static DefinitionComparison Of(WorkflowDefinition from, WorkflowDefinition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = from.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var after = to.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var changed = new List<ActivityChange>();
        foreach (var activity in to.Activities)
        {
            if (before.TryGetValue(activity.Id, out var old) && ChangeOf(old, activity) is { } change)
            {
                changed.Add(change);
            }
        }

        var oldConnections = from.Connections.ToHashSet();
        var newConnections = to.Connections.ToHashSet();
        var oldVariables = from.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var newVariables = to.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        return new DefinitionComparison(
            from.Version,
            to.Version,
            [.. to.Activities.Where(a => !before.ContainsKey(a.Id)).Select(a => a.Id)],
            [.. from.Activities.Where(a => !after.ContainsKey(a.Id)).Select(a => a.Id)],
            changed,
            [.. to.Connections.Where(c => !oldConnections.Contains(c))],
            [.. from.Connections.Where(c => !newConnections.Contains(c))],
            [.. to.Variables.Where(v => !oldVariables.Contains(v.Name)).Select(v => v.Name)],
            [.. from.Variables.Where(v => !newVariables.Contains(v.Name)).Select(v => v.Name)]);
    }

    private static ActivityChange? ChangeOf(ActivityNode old, ActivityNode next)
    {
        var inputs = new List<InputChange>();
        foreach (var name in old.Inputs.Keys.Union(next.Inputs.Keys, StringComparer.Ordinal))
        {
            old.Inputs.TryGetValue(name, out var was);
            next.Inputs.TryGetValue(name, out var now);
            var hadIt = old.Inputs.ContainsKey(name);
            var hasIt = next.Inputs.ContainsKey(name);
            if (hadIt != hasIt || !JsonNode.DeepEquals(was, now))
            {
                inputs.Add(new InputChange(name, hadIt ? Text(was) : null, hasIt ? Text(now) : null));
            }
        }

        var typeChanged = !string.Equals(old.Type, next.Type, StringComparison.Ordinal) || old.Version != next.Version;
        var nameChanged = !string.Equals(old.DisplayName, next.DisplayName, StringComparison.Ordinal);
        return inputs.Count == 0 && !typeChanged && !nameChanged
            ? null
            : new ActivityChange(next.Id, typeChanged ? $"{old.Type} v{old.Version}" : null, typeChanged ? $"{next.Type} v{next.Version}" : null,
                nameChanged ? old.DisplayName : null, nameChanged ? next.DisplayName : null, inputs);
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}

/// <summary>
/// An activity present in both versions that changed. <see cref="TypeBefore"/>/<see cref="TypeAfter"/> and
/// <see cref="NameBefore"/>/<see cref="NameAfter"/> are null when that part did not change.
/// </summary>
public sealed record ActivityChange(string Id, string? TypeBefore, string? TypeAfter, string? NameBefore, string? NameAfter, IReadOnlyList<InputChange> Inputs);

/// <summary>One input of a changed activity: its JSON before and after (null when absent on that side).</summary>
public sealed record InputChange(string Name, string? Before, string? After);
