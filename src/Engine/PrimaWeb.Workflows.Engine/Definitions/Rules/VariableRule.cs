using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Expressions;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>
/// What a definition reads, something writes, and with one type. A variable is written by the definition's
/// <c>variables</c> (their defaults), by the host at start (declarations <see cref="WorkflowVariable.SetAtStart"/>), by
/// the definition's activities (their <see cref="IActivity.Variables"/>), by <c>Core.SetVariable</c> and by a task's or
/// a signal's <c>resultVariable</c>. Liquid (expressions, templates, conditions) may read only such a variable; every
/// writer must agree with the variable's declaration, or with the definition's own when none declares it.
/// </summary>
internal sealed class VariableRule(VariableCatalog catalog, IExpressionEvaluator expressions) : IDefinitionRule
{
    private const string ResultVariable = "resultVariable";

    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        var errors = new List<DefinitionError>();
        var writers = Writers(check, errors);
        CheckTypes(writers, errors);
        CheckReads(check, writers, errors);
        return errors;
    }

    private Dictionary<string, List<Writer>> Writers(DefinitionCheck check, List<DefinitionError> errors)
    {
        var writers = new Dictionary<string, List<Writer>>(StringComparer.Ordinal);
        void Add(string name, Writer writer)
        {
            if (!writers.TryGetValue(name, out var list))
            {
                writers[name] = list = [];
            }

            list.Add(writer);
        }

        foreach (var variable in catalog.SetAtStart)
        {
            Add(variable.Name, new Writer(null, variable.Type, null, "set when the instance starts", Declared: true));
        }

        var variables = check.Definition.Variables;
        for (var i = 0; i < variables.Count; i++)
        {
            var path = $"$.variables[{i}]";
            if (VariableTypes.Parse(variables[i].Type) is not { } type)
            {
                errors.Add(new DefinitionError(DefinitionErrorCode.InvalidField, path + ".type",
                    $"Unknown variable type '{variables[i].Type}' (use {string.Join(", ", VariableTypes.KnownNames)})."));
                type = VariableType.Any;
            }

            Add(variables[i].Name, new Writer(path + ".type", type, null, "declared by the definition", Declared: true));
            if (variables[i].Default is { } value)
            {
                Add(variables[i].Name, new Writer(path + ".default", null, value, "its default", Declared: false));
            }
        }

        for (var i = 0; i < check.Definition.Activities.Count; i++)
        {
            var node = check.Definition.Activities[i];
            if (check.DescriptorOf(node) is not { } descriptor)
            {
                continue;
            }

            var path = $"$.activities[{i}]";
            foreach (var variable in descriptor.Variables.Writes)
            {
                Add(variable.Name, new Writer(path, variable.Type, null, $"written by {descriptor.Type}", Declared: false));
            }

            if (node.Type == BuiltInActivityTypes.SetVariable && Literal(node, "variable") is { } name)
            {
                var value = node.Inputs.GetValueOrDefault("value");
                var parsed = InputValue.Parse(value);
                Add(name, parsed.Kind switch
                {
                    InputValueKind.Literal => new Writer(path + ".inputs.value", null, value, "set here", Declared: false),
                    InputValueKind.Template => new Writer(path + ".inputs.value", VariableType.Text, null, "set here", Declared: false),
                    _ => new Writer(path + ".inputs.value", VariableType.Any, null, "set here", Declared: false),
                });
            }

            if (descriptor.FindInput(ResultVariable) is not null && Literal(node, ResultVariable) is { } result)
            {
                Add(result, new Writer($"{path}.inputs.{ResultVariable}", VariableType.Record, null, "a result written here", Declared: false));
            }
        }

        return writers;
    }

    // The type each variable has: its declaration, else the definition's own, else the first writer's; then every writer must fit it.
    private void CheckTypes(Dictionary<string, List<Writer>> writers, List<DefinitionError> errors)
    {
        foreach (var (name, list) in writers)
        {
            var declaration = catalog.Find(name);
            var type = declaration?.Type
                ?? list.FirstOrDefault(w => w.Declared && w.Type is not VariableType.Any)?.Type
                ?? list.FirstOrDefault(w => w.Type is not null and not VariableType.Any)?.Type
                ?? VariableType.Any;
            var origin = declaration is not null ? "is declared" : "is";
            foreach (var writer in list.Where(w => w.Path is not null))
            {
                var fits = writer.Type is { } written
                    ? VariableTypes.Fits(written, type) || VariableTypes.Fits(type, written)
                    : VariableTypes.Holds(type, writer.Value, declaration?.Choices);
                if (!fits)
                {
                    var what = writer.Type is { } t ? $"a {t}" : writer.Value!.ToJsonString();
                    errors.Add(new DefinitionError(DefinitionErrorCode.VariableTypeMismatch, writer.Path!,
                        $"The variable '{name}' {origin} a {type}{Choices(declaration)}, but {writer.What} is {what}."));
                }
            }
        }
    }

    private void CheckReads(DefinitionCheck check, Dictionary<string, List<Writer>> writers, List<DefinitionError> errors)
    {
        for (var i = 0; i < check.Definition.Activities.Count; i++)
        {
            var node = check.Definition.Activities[i];
            var descriptor = check.DescriptorOf(node);
            foreach (var (input, raw) in node.Inputs)
            {
                if (Liquid(descriptor?.FindInput(input), raw) is not { } liquid)
                {
                    continue;
                }

                foreach (var name in expressions.VariablesRead(liquid.Source, liquid.Kind).Order(StringComparer.Ordinal).Where(n => !writers.ContainsKey(n)))
                {
                    errors.Add(new DefinitionError(DefinitionErrorCode.UnknownVariable, $"$.activities[{i}].inputs.{input}",
                        $"'{name}' is read here, but nothing writes it: declare it in the definition's variables, or add the activity that sets it."));
                }
            }
        }
    }

    private static (string Source, ExpressionKind Kind)? Liquid(ActivityInputDescriptor? input, JsonNode? raw)
    {
        var value = InputValue.Parse(raw);
        var condition = input?.Type == ActivityInputType.Condition;
        return value.Kind switch
        {
            InputValueKind.Expression => (value.Source!, condition ? ExpressionKind.Condition : ExpressionKind.Value),
            InputValueKind.Template => (value.Source!, ExpressionKind.Template),
            _ when condition && raw is JsonValue text && text.GetValueKind() == JsonValueKind.String => (text.GetValue<string>(), ExpressionKind.Condition),
            _ => null,
        };
    }

    private static string? Literal(ActivityNode node, string input) =>
        node.Inputs.GetValueOrDefault(input) is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text
            ? text
            : null;

    private static string Choices(WorkflowVariable? declaration) =>
        declaration?.Choices is { } choices ? $" ({string.Join(", ", choices)})" : string.Empty;

    /// <summary>One write: at <see cref="Path"/> (null when the host writes it), of a type, or of a literal value.</summary>
    private sealed record Writer(string? Path, VariableType? Type, JsonNode? Value, string What, bool Declared);
}
