using PrimaWeb.Workflows.Engine.Activities.BuiltIn;

namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>A definition has exactly one start.</summary>
internal sealed class SingleStartRule : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        var starts = check.Definition.Activities.Select((a, i) => (a, i)).Where(x => x.a.Type == BuiltInActivityTypes.Start).ToList();
        if (starts.Count == 0)
        {
            yield return new DefinitionError(DefinitionErrorCode.MissingStart, "$.activities", $"A definition needs one '{BuiltInActivityTypes.Start}' activity.");
        }

        foreach (var (_, i) in starts.Skip(1))
        {
            yield return new DefinitionError(DefinitionErrorCode.MultipleStarts, $"$.activities[{i}]", $"Only one '{BuiltInActivityTypes.Start}' activity is allowed.");
        }
    }
}
