using PrimaWeb.Workflows.Engine.Activities.BuiltIn;

namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>Every activity can be reached from the start. Checked on a sound graph only.</summary>
internal sealed class ReachabilityRule : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        if (check.HasErrors)
        {
            return [];
        }

        var definition = check.Definition;
        var start = definition.Activities.First(a => a.Type == BuiltInActivityTypes.Start);
        var reached = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var queue = new Queue<string>([start.Id]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in definition.Connections.Where(c => c.From == id).Select(c => c.To))
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [.. definition.Activities.Where(a => !reached.Contains(a.Id)).Select(a => new DefinitionError(
            DefinitionErrorCode.UnreachableActivity, $"$.activities[{check.IndexOf(a.Id)}]", $"Activity '{a.Id}' cannot be reached from the start."))];
    }
}
