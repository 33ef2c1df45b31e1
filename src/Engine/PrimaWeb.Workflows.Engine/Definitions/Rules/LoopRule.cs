namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>
/// Every loop holds a blocking activity (task, timer, signal), or it could run forever in one burst. Checked on a
/// sound graph only.
/// </summary>
internal sealed class LoopRule : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        if (check.HasErrors)
        {
            yield break;
        }

        var definition = check.Definition;
        foreach (var component in StronglyConnected.Components(definition))
        {
            var isLoop = component.Count > 1 || definition.Connections.Any(c => c.From == component[0] && c.To == component[0]);
            if (isLoop && !component.Any(id => check.DescriptorOf(id)!.Blocking))
            {
                var ordered = component.OrderBy(id => check.IndexOf(id)).ToList();
                yield return new DefinitionError(DefinitionErrorCode.LoopWithoutBlockingActivity, $"$.activities[{check.IndexOf(ordered[0])}]",
                    $"The loop through {string.Join(", ", ordered)} has no blocking activity (task, timer, signal) and could run forever in one burst.");
            }
        }
    }
}
