using Fluid;
using Fluid.Ast;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Walks a parsed template and reports what Liquid would silently print as nothing: a field the letter model does not
/// have, an unknown filter, an amount printed without <c>| money</c>, and tags that reach outside the template
/// (<c>include</c>, <c>render</c>). Fluid's syntax tree carries no positions, so each error is placed at the first
/// place in the template's tags where the offending text appears.
/// </summary>
internal sealed class LetterTemplateChecker : AstVisitor
{
    private const string MoneyFilter = "money";

    /// <summary>
    /// Fluid builds a range as a whole list before the step limit can count it, so a large range would exhaust memory
    /// inside the sandbox; letters never need more than a few numbers.
    /// </summary>
    public const int MaxRangeLength = 1_000;

    private readonly TemplateFieldType root;
    private readonly FilterCollection filters;
    private readonly TemplateSourceLocator locator;
    private readonly string templateName;
    private readonly List<LetterTemplateError> errors = [];
    private readonly Dictionary<string, TemplateFieldType> assigned = new(StringComparer.Ordinal);
    private readonly Stack<Dictionary<string, TemplateFieldType>> loops = new();

    public LetterTemplateChecker(TemplateFieldType root, FilterCollection filters, string templateName, string source)
    {
        this.root = root;
        this.filters = filters;
        this.templateName = templateName;
        locator = new TemplateSourceLocator(source);
    }

    public IReadOnlyList<LetterTemplateError> Check(IFluidTemplate template)
    {
        VisitTemplate(template);
        return errors.Distinct().ToList();
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        Resolve(memberExpression);
        return base.VisitMemberExpression(memberExpression);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        var element = TemplateFieldType.Value;
        if (forStatement.Source is MemberExpression source)
        {
            var list = Resolve(source);
            element = list.Kind switch
            {
                TemplateFieldKind.List => list.Element ?? TemplateFieldType.Any,
                TemplateFieldKind.Any => TemplateFieldType.Any,
                _ => NotAList(source),
            };
        }
        else if (forStatement.Source is not null)
        {
            Visit(forStatement.Source);
        }

        loops.Push(new Dictionary<string, TemplateFieldType>(StringComparer.Ordinal)
        {
            [forStatement.Identifier] = element,
            ["forloop"] = TemplateFieldType.Any,
        });
        foreach (var statement in forStatement.Statements)
        {
            Visit(statement);
        }

        loops.Pop();
        if (forStatement.Else is not null)
        {
            Visit(forStatement.Else);
        }

        return forStatement;
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        var type = TemplateFieldType.Any;
        if (assignStatement.Value is MemberExpression member)
        {
            type = Resolve(member);
        }
        else
        {
            Visit(assignStatement.Value);
        }

        assigned[assignStatement.Identifier] = type;
        return assignStatement;
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        assigned[captureStatement.Identifier] = TemplateFieldType.Value;
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        if (!filters.TryGetValue(filterExpression.Name, out _))
        {
            Report(locator.Filter(filterExpression.Name), $"Unknown filter '{filterExpression.Name}'.");
        }

        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitOutputStatement(OutputStatement outputStatement)
    {
        var expression = outputStatement.Expression;
        var throughMoney = false;
        while (expression is FilterExpression filter)
        {
            throughMoney |= filter.Name == MoneyFilter;
            expression = filter.Input;
        }

        if (!throughMoney && expression is MemberExpression member && Resolve(member).Kind == TemplateFieldKind.Money)
        {
            var path = Path(member);
            Report(locator.Path(path), $"The amount '{string.Join('.', path)}' must be printed through '| money' (1.314,20 €).");
        }

        return base.VisitOutputStatement(outputStatement);
    }

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (rangeExpression.From is LiteralExpression from && rangeExpression.To is LiteralExpression to)
        {
            var length = Math.Abs(to.Value.ToNumberValue() - from.Value.ToNumberValue()) + 1;
            if (length > MaxRangeLength)
            {
                Report(locator.Range(), $"A range may hold at most {MaxRangeLength} numbers; this one holds {length}.");
            }
        }
        else
        {
            Report(locator.Range(), "The bounds of a range must be numbers written in the template, not fields.");
        }

        return base.VisitRangeExpression(rangeExpression);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement) =>
        Forbidden(includeStatement, "include");

    protected override Statement VisitRenderStatement(RenderStatement renderStatement) =>
        Forbidden(renderStatement, "render");

    private Statement Forbidden(Statement statement, string tag)
    {
        Report(locator.Tag(tag), $"The tag '{tag}' is not allowed: a letter template is self-contained.");
        return statement;
    }

    private TemplateFieldType NotAList(MemberExpression source)
    {
        var path = Path(source);
        Report(locator.Path(path), $"'{string.Join('.', path)}' is not a list and cannot be looped over.");
        return TemplateFieldType.Any;
    }

    private TemplateFieldType Resolve(MemberExpression expression)
    {
        if (expression.Segments.Count == 0 || expression.Segments[0] is not IdentifierSegment first)
        {
            return TemplateFieldType.Any;
        }

        var current = Variable(first.Identifier);
        if (current is null)
        {
            Report(locator.Path([first.Identifier]), $"Unknown field '{first.Identifier}'. Available: {Names(root)}.");
            return TemplateFieldType.Any;
        }

        var path = new List<string> { first.Identifier };
        foreach (var segment in expression.Segments.Skip(1))
        {
            if (segment is not IdentifierSegment identifier)
            {
                // An index (lines[0]) or a function call: the element of a list, otherwise not checked further.
                current = current.Kind == TemplateFieldKind.List && segment is IndexerSegment ? current.Element ?? TemplateFieldType.Any : TemplateFieldType.Any;
                continue;
            }

            var name = identifier.Identifier;
            var parent = string.Join('.', path);
            path.Add(name);
            var next = Member(current, name);
            if (next is null)
            {
                Report(
                    locator.Path(path),
                    current.Kind == TemplateFieldKind.Object
                        ? $"Unknown field '{string.Join('.', path)}'. '{parent}' has: {Names(current)}."
                        : $"Unknown field '{string.Join('.', path)}': '{parent}' is a single value, not an object.");
                return TemplateFieldType.Any;
            }

            current = next;
        }

        return current;
    }

    private TemplateFieldType? Variable(string name)
    {
        foreach (var scope in loops)
        {
            if (scope.TryGetValue(name, out var loopVariable))
            {
                return loopVariable;
            }
        }

        if (assigned.TryGetValue(name, out var variable))
        {
            return variable;
        }

        return root.Fields.TryGetValue(name, out var field) ? field : null;
    }

    private static TemplateFieldType? Member(TemplateFieldType type, string name) => type.Kind switch
    {
        TemplateFieldKind.Any => TemplateFieldType.Any,
        TemplateFieldKind.Object => type.Fields.GetValueOrDefault(name),
        TemplateFieldKind.List => name switch
        {
            "size" => TemplateFieldType.Value,
            "first" or "last" => type.Element ?? TemplateFieldType.Any,
            _ => null,
        },
        _ => name == "size" ? TemplateFieldType.Value : null,
    };

    private static List<string> Path(MemberExpression expression) =>
        expression.Segments.OfType<IdentifierSegment>().Select(s => s.Identifier).ToList();

    private static string Names(TemplateFieldType type) => string.Join(", ", type.Fields.Keys.Order(StringComparer.Ordinal));

    private void Report((int Line, int Column) position, string message) =>
        errors.Add(new LetterTemplateError(templateName, position.Line, position.Column, message));
}
