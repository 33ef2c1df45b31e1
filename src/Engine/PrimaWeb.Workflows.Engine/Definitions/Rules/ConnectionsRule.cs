namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>
/// A connection joins two activities of the definition, leaves from an outcome its activity has, and one outcome leads
/// to one activity, except from an activity that forks.
/// </summary>
internal sealed class ConnectionsRule : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        var seen = new Dictionary<(string, string), string>();
        var connections = check.Definition.Connections;
        for (var k = 0; k < connections.Count; k++)
        {
            var connection = connections[k];
            var path = $"$.connections[{k}]";
            var fromKnown = check.IndexOf(connection.From) is not null;
            if (!fromKnown)
            {
                yield return new DefinitionError(DefinitionErrorCode.DanglingConnection, path + ".from", $"No activity '{connection.From}'.");
            }

            if (check.IndexOf(connection.To) is null)
            {
                yield return new DefinitionError(DefinitionErrorCode.DanglingConnection, path + ".to", $"No activity '{connection.To}'.");
            }

            if (!fromKnown || check.DescriptorOf(connection.From) is not { } descriptor)
            {
                continue;
            }

            if (!descriptor.Outcomes.Contains(connection.Outcome, StringComparer.Ordinal))
            {
                yield return new DefinitionError(DefinitionErrorCode.UnknownOutcome, path + ".outcome",
                    $"'{descriptor.Type}' has no outcome '{connection.Outcome}' (has {string.Join(", ", descriptor.Outcomes)}).");
            }

            if (!seen.TryAdd((connection.From, connection.Outcome), connection.To) && !descriptor.Forks)
            {
                yield return new DefinitionError(DefinitionErrorCode.AmbiguousConnection, path,
                    $"Outcome '{connection.Outcome}' of '{connection.From}' already leads to '{seen[(connection.From, connection.Outcome)]}'; use a fork to run both.");
            }
        }
    }
}
