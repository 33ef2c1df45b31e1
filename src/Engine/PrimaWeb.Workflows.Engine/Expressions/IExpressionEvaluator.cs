using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Expressions;

/// <summary>Parses and evaluates the Liquid written in definitions, inside a sandbox.</summary>
public interface IExpressionEvaluator
{
    /// <summary>Null when <paramref name="source"/> parses as the given kind; the parser's message otherwise.</summary>
    string? TryParse(string source, ExpressionKind kind);

    /// <summary>
    /// The variables <paramref name="source"/> reads: the first name of each path (<c>review</c> in <c>review.outcome</c>),
    /// less the names it assigns itself (assign, capture, for). Empty when it does not parse.
    /// </summary>
    IReadOnlySet<string> VariablesRead(string source, ExpressionKind kind);

    /// <summary>Evaluates against the variables (and extra values such as <c>input</c>); throws <see cref="ExpressionException"/>.</summary>
    ValueTask<JsonNode?> EvaluateAsync(string source, ExpressionKind kind, JsonObject scope, CancellationToken cancellationToken);
}
