using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Expressions;

/// <summary>Parses and evaluates the Liquid written in definitions, inside a sandbox.</summary>
public interface IExpressionEvaluator
{
    /// <summary>Null when <paramref name="source"/> parses as the given kind; the parser's message otherwise.</summary>
    string? TryParse(string source, ExpressionKind kind);

    /// <summary>Evaluates against the variables (and extra values such as <c>input</c>); throws <see cref="ExpressionException"/>.</summary>
    ValueTask<JsonNode?> EvaluateAsync(string source, ExpressionKind kind, JsonObject scope, CancellationToken cancellationToken);
}
