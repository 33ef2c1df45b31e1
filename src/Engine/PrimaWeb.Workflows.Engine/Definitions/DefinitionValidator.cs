using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Expressions;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// Checks a definition against the registered activity types before it is stored, loaded or published, and returns
/// every error with its JSON path. The application's rules (<see cref="IDefinitionRule"/>) run after the engine's.
/// </summary>
public sealed class DefinitionValidator(IActivityRegistry registry, IExpressionEvaluator expressions, IEnumerable<IDefinitionRule> rules)
{
    /// <summary>Every error of <paramref name="definition"/>; empty when it is valid.</summary>
    public IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<DefinitionError>();
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        var descriptors = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal);

        CheckVariables(definition, errors);

        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var node = definition.Activities[i];
            var path = $"$.activities[{i}]";
            if (!indexById.TryAdd(node.Id, i))
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.DuplicateId, path + ".id", $"Activity id '{node.Id}' is used twice."));
                continue;
            }

            var descriptor = registry.Find(node.Type, node.Version);
            if (descriptor is null)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.UnknownActivityType, path + ".type", $"No activity type '{node.Type}' version {node.Version} is registered."));
                continue;
            }

            descriptors[node.Id] = descriptor;
            CheckInputs(node, descriptor, path, errors);
        }

        CheckStart(definition, errors);
        CheckConnections(definition, indexById, descriptors, errors);
        if (errors.Count == 0)
        {
            CheckReachability(definition, indexById, errors);
            CheckLoops(definition, indexById, descriptors, errors);
        }

        foreach (var rule in rules)
        {
            errors.AddRange(rule.Check(definition));
        }

        return errors;
    }

    /// <summary>Throws <see cref="DefinitionException"/> with every error when the definition is invalid.</summary>
    public void EnsureValid(WorkflowDefinition definition)
    {
        var errors = Validate(definition);
        if (errors.Count > 0)
        {
            throw new DefinitionException(errors);
        }
    }

    private static void CheckVariables(WorkflowDefinition definition, List<DefinitionError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Variables.Count; i++)
        {
            if (!names.Add(definition.Variables[i].Name))
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.DuplicateId, $"$.variables[{i}].name", $"Variable '{definition.Variables[i].Name}' is declared twice."));
            }
        }
    }

    private void CheckInputs(ActivityNode node, ActivityDescriptor descriptor, string path, List<DefinitionError> errors)
    {
        foreach (var (name, raw) in node.Inputs)
        {
            var inputPath = $"{path}.inputs.{name}";
            var input = descriptor.FindInput(name);
            if (input is null)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.UnknownInput, inputPath, $"'{descriptor.Type}' has no input '{name}'."));
                continue;
            }

            var value = InputValue.Parse(raw);
            switch (value.Kind)
            {
                case InputValueKind.Expression:
                    CheckExpression(value.Source!, input.Type == ActivityInputType.Condition ? ExpressionKind.Condition : ExpressionKind.Value, inputPath, errors);
                    break;
                case InputValueKind.Template:
                    CheckExpression(value.Source!, ExpressionKind.Template, inputPath, errors);
                    break;
                case InputValueKind.Literal when input.Type == ActivityInputType.Condition && raw is JsonValue v && v.GetValueKind() == JsonValueKind.String:
                    CheckExpression(v.GetValue<string>(), ExpressionKind.Condition, inputPath, errors);
                    break;
                default:
                    if (raw is null)
                    {
                        if (input.Required && input.DefaultValue is null)
                        {
                            errors.Add(new DefinitionError(DefinitionErrorCode.MissingRequiredInput, inputPath, $"Input '{name}' is required."));
                        }
                    }
                    else if (input.TryConvert(raw, literal: true, out _) is { } problem)
                    {
                        errors.Add(new DefinitionError(DefinitionErrorCode.IllTypedInput, inputPath, $"Input '{name}' {problem}."));
                    }

                    break;
            }
        }

        foreach (var input in descriptor.Inputs.Where(i => i.Required && i.DefaultValue is null && !node.Inputs.ContainsKey(i.Name)))
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.MissingRequiredInput, $"{path}.inputs.{input.Name}", $"Input '{input.Name}' is required."));
        }
    }

    private void CheckExpression(string source, ExpressionKind kind, string path, List<DefinitionError> errors)
    {
        if (expressions.TryParse(source, kind) is { } message)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.InvalidExpression, path, message));
        }
    }

    private static void CheckStart(WorkflowDefinition definition, List<DefinitionError> errors)
    {
        var starts = definition.Activities.Select((a, i) => (a, i)).Where(x => x.a.Type == BuiltInActivityTypes.Start).ToList();
        if (starts.Count == 0)
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.MissingStart, "$.activities", $"A definition needs one '{BuiltInActivityTypes.Start}' activity."));
        }

        foreach (var (_, i) in starts.Skip(1))
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.MultipleStarts, $"$.activities[{i}]", $"Only one '{BuiltInActivityTypes.Start}' activity is allowed."));
        }
    }

    private static void CheckConnections(
        WorkflowDefinition definition, Dictionary<string, int> indexById, Dictionary<string, ActivityDescriptor> descriptors, List<DefinitionError> errors)
    {
        var seen = new Dictionary<(string, string), string>();
        for (var k = 0; k < definition.Connections.Count; k++)
        {
            var connection = definition.Connections[k];
            var path = $"$.connections[{k}]";
            var fromKnown = indexById.ContainsKey(connection.From);
            if (!fromKnown)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.DanglingConnection, path + ".from", $"No activity '{connection.From}'."));
            }

            if (!indexById.ContainsKey(connection.To))
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.DanglingConnection, path + ".to", $"No activity '{connection.To}'."));
            }

            if (!fromKnown || !descriptors.TryGetValue(connection.From, out var descriptor))
            {
                continue;
            }

            if (!descriptor.Outcomes.Contains(connection.Outcome, StringComparer.Ordinal))
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.UnknownOutcome, path + ".outcome",
                    $"'{descriptor.Type}' has no outcome '{connection.Outcome}' (has {string.Join(", ", descriptor.Outcomes)})."));
            }

            if (!seen.TryAdd((connection.From, connection.Outcome), connection.To) && !descriptor.Forks)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.AmbiguousConnection, path,
                    $"Outcome '{connection.Outcome}' of '{connection.From}' already leads to '{seen[(connection.From, connection.Outcome)]}'; use a fork to run both."));
            }
        }
    }

    private static void CheckReachability(WorkflowDefinition definition, Dictionary<string, int> indexById, List<DefinitionError> errors)
    {
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

        foreach (var activity in definition.Activities.Where(a => !reached.Contains(a.Id)))
        {
            errors.Add(new DefinitionError(DefinitionErrorCode.UnreachableActivity, $"$.activities[{indexById[activity.Id]}]", $"Activity '{activity.Id}' cannot be reached from the start."));
        }
    }

    private static void CheckLoops(
        WorkflowDefinition definition, Dictionary<string, int> indexById, Dictionary<string, ActivityDescriptor> descriptors, List<DefinitionError> errors)
    {
        foreach (var component in StronglyConnected.Components(definition))
        {
            var isLoop = component.Count > 1 || definition.Connections.Any(c => c.From == component[0] && c.To == component[0]);
            if (isLoop && !component.Any(id => descriptors[id].Blocking))
            {
                var first = component.OrderBy(id => indexById[id]).First();
                errors.Add(new DefinitionError(DefinitionErrorCode.LoopWithoutBlockingActivity, $"$.activities[{indexById[first]}]",
                    $"The loop through {string.Join(", ", component.OrderBy(id => indexById[id]))} has no blocking activity (task, timer, signal) and could run forever in one burst."));
            }
        }
    }
}
