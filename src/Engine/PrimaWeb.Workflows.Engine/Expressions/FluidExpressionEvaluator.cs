using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Ast;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Expressions;

/// <summary>
/// Liquid (Fluid) in a sandbox: no access to CLR members (only the JSON scope is visible), a step budget and a
/// recursion limit against loops, and a deadline checked as output is written.
/// </summary>
public sealed class FluidExpressionEvaluator(ExpressionLimits limits, TimeProvider timeProvider) : IExpressionEvaluator
{
    private static readonly FluidParser Parser = new();
    private static readonly string[] Delimiters = ["{%", "%}", "{{", "}}"];
    private readonly ConcurrentDictionary<(string, ExpressionKind), IFluidTemplate> _cache = new();
    private readonly TemplateOptions _options = new()
    {
        MaxSteps = limits.MaxSteps,
        MaxRecursion = limits.MaxRecursion,
    };

    public string? TryParse(string source, ExpressionKind kind)
    {
        if (kind != ExpressionKind.Template && Delimiters.Any(d => source.Contains(d, StringComparison.Ordinal)))
        {
            // Expressions are wrapped in a tag; delimiters inside would let text escape the wrapper.
            return "An expression must not contain Liquid delimiters ({% %} or {{ }}).";
        }

        if (kind != ExpressionKind.Template && string.IsNullOrWhiteSpace(source))
        {
            return "The expression is empty.";
        }

        return Parser.TryParse(Wrap(source, kind), out _, out var error) ? null : error;
    }

    public IReadOnlySet<string> VariablesRead(string source, ExpressionKind kind)
    {
        if (TryParse(source, kind) is not null || !Parser.TryParse(Wrap(source, kind), out var template, out _))
        {
            return new HashSet<string>();
        }

        var reads = new ReadVariables();
        reads.VisitTemplate(template);
        return reads.Names;
    }

    public async ValueTask<JsonNode?> EvaluateAsync(string source, ExpressionKind kind, JsonObject scope, CancellationToken cancellationToken)
    {
        var template = _cache.GetOrAdd((source, kind), key =>
        {
            var error = TryParse(key.Item1, key.Item2);
            if (error is not null || !Parser.TryParse(Wrap(key.Item1, key.Item2), out var parsed, out error))
            {
                throw new ExpressionException($"The expression '{key.Item1}' does not parse: {error}");
            }

            return parsed;
        });

        var context = new TemplateContext(_options) { CultureInfo = CultureInfo.InvariantCulture };

        // The deadline is a timestamp compared where the render can be stopped (each write, and before and after it):
        // a timer-backed CancellationTokenSource per evaluation cost more than the expression itself, and the render
        // only observed it at those same points.
        await using var writer = new SandboxWriter(limits.MaxOutputLength, new Deadline(timeProvider, limits.Timeout), cancellationToken);
        try
        {
            foreach (var (name, value) in scope)
            {
                context.SetValue(name, ToClr(value));
            }

            writer.Check(0);
            await template.RenderAsync(writer, context, NullEncoder.Default);
            writer.Check(0);
        }
        catch (TimeoutException ex)
        {
            throw new ExpressionException($"The expression '{source}' exceeded its time limit of {limits.Timeout}.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ExpressionException)
        {
            throw new ExpressionException($"The expression '{source}' failed: {ex.Message}", ex);
        }

        return kind switch
        {
            ExpressionKind.Condition => JsonValue.Create(string.Equals(writer.ToString(), "true", StringComparison.Ordinal)),
            ExpressionKind.Template => JsonValue.Create(writer.ToString()),
            _ => ParseJson(writer.ToString()),
        };
    }

    private static string Wrap(string source, ExpressionKind kind) => kind switch
    {
        ExpressionKind.Condition => "{% if " + source + " %}true{% else %}false{% endif %}",
        ExpressionKind.Value => "{{ " + source + " | json }}",
        _ => source,
    };

    private static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToClr(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToClr).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => JsonNumbers.ToDecimal(value),
            _ => null,
        },
        _ => null,
    };

    private static JsonNode? ParseJson(string text) => text.Length == 0 ? null : JsonNode.Parse(text);

    /// <summary>Collects the first identifier of every member path, then drops the names the template defines itself.</summary>
    private sealed class ReadVariables : AstVisitor
    {
        private static readonly string[] LiquidNames = ["forloop", "tablerowloop", "empty", "blank", "nil", "null", "true", "false"];
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public IReadOnlySet<string> Names => _read.Except(_defined).Except(LiquidNames).ToHashSet(StringComparer.Ordinal);

        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            if (memberExpression.Segments.Count > 0 && memberExpression.Segments[0] is IdentifierSegment first)
            {
                _read.Add(first.Identifier);
            }

            return base.VisitMemberExpression(memberExpression);
        }

        protected override Statement VisitAssignStatement(AssignStatement assignStatement)
        {
            _defined.Add(assignStatement.Identifier);
            return base.VisitAssignStatement(assignStatement);
        }

        protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
        {
            _defined.Add(captureStatement.Identifier);
            return base.VisitCaptureStatement(captureStatement);
        }

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            _defined.Add(forStatement.Identifier);
            return base.VisitForStatement(forStatement);
        }
    }

    /// <summary>A render's time budget, measured from its creation on the evaluator's clock.</summary>
    private readonly struct Deadline(TimeProvider clock, TimeSpan budget)
    {
        private readonly long _start = clock.GetTimestamp();

        public bool HasPassed => clock.GetElapsedTime(_start) >= budget;
    }

    /// <summary>Collects output and stops the render when the deadline passes or the output grows too large.</summary>
    private sealed class SandboxWriter(int maxLength, Deadline deadline, CancellationToken token) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            Check(1);
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Check(count);
            base.Write(buffer, index, count);
        }

        public override Task WriteAsync(string? value)
        {
            Check(value?.Length ?? 0);
            return base.WriteAsync(value);
        }

        public override Task WriteAsync(char value)
        {
            Check(1);
            return base.WriteAsync(value);
        }

        public void Check(int adding)
        {
            token.ThrowIfCancellationRequested();
            if (deadline.HasPassed)
            {
                throw new TimeoutException();
            }

            if (GetStringBuilder().Length + adding > maxLength)
            {
                throw new ExpressionException($"The expression produced more than {maxLength} characters.");
            }
        }
    }
}
