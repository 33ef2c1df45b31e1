using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Expressions;

namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>
/// Each activity has its own id and a registered type, and its inputs fit that type's input record: no unknown input,
/// every required one given, literals of the declared type, Liquid that parses (it is converted when it runs).
/// </summary>
internal sealed class ActivityNodesRule(IExpressionEvaluator expressions) : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        var errors = new List<DefinitionError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < check.Definition.Activities.Count; i++)
        {
            var node = check.Definition.Activities[i];
            var path = $"$.activities[{i}]";
            if (!ids.Add(node.Id))
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.DuplicateId, path + ".id", $"Activity id '{node.Id}' is used twice."));
                continue;
            }

            if (check.DescriptorOf(node) is not { } descriptor)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.UnknownActivityType, path + ".type", $"No activity type '{node.Type}' version {node.Version} is registered."));
                continue;
            }

            CheckInputs(node, descriptor, path, errors);
        }

        return errors;
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
}
