using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>How an input is written in JSON: a literal, a Liquid expression (a value) or a Liquid template (a text).</summary>
public sealed record InputValue(InputValueKind Kind, JsonNode? Literal, string? Source)
{
    public const string ExpressionProperty = "expression";
    public const string TemplateProperty = "template";

    /// <summary>
    /// Reads an input: an object with exactly one property named <c>expression</c> or <c>template</c> holding a string
    /// is Liquid; anything else is a literal.
    /// </summary>
    public static InputValue Parse(JsonNode? node)
    {
        if (node is JsonObject obj && obj.Count == 1)
        {
            var (name, value) = obj.First();
            if (value is JsonValue v && v.TryGetValue<string>(out var source))
            {
                if (string.Equals(name, ExpressionProperty, StringComparison.Ordinal))
                {
                    return new InputValue(InputValueKind.Expression, null, source);
                }

                if (string.Equals(name, TemplateProperty, StringComparison.Ordinal))
                {
                    return new InputValue(InputValueKind.Template, null, source);
                }
            }
        }

        return new InputValue(InputValueKind.Literal, node, null);
    }
}
