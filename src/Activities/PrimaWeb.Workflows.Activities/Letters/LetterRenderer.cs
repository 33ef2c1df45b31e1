using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Compiles letter templates (Liquid, rendered by Fluid) and renders them to HTML. Templates run in a sandbox: they see
/// only the <see cref="LetterModel"/> tree, and a render stops after <see cref="MaxSteps"/> statements or
/// <see cref="MaxRecursion"/> nested levels. A template is validated when compiled (syntax, fields, filters), so a
/// broken template is refused before any letter is written with it. Thread-safe; register it as a singleton.
/// </summary>
public sealed partial class LetterRenderer
{
    /// <summary>Enough for a letter with hundreds of breakdown lines; a runaway loop is stopped long before it hurts.</summary>
    public const int MaxSteps = 50_000;

    public const int MaxRecursion = 20;

    // Escapes what HTML needs (<, >, &, quotes) but keeps accented letters and € readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser parser = new();
    private readonly TemplateOptions options;
    private readonly TemplateFieldType modelType;

    public LetterRenderer()
    {
        var modelTypes = new HashSet<Type>();
        modelType = TemplateFieldType.Of(typeof(LetterModel), modelTypes);
        var access = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        foreach (var type in modelTypes)
        {
            access.Register(type);
        }

        options = new TemplateOptions
        {
            MemberAccessStrategy = access,
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            StrictFilters = true,
        };
        options.ValueConverters.Add(value => value switch
        {
            DateOnly day => new StringValue(LetterFormats.Date(day)),
            Enum item => new StringValue(LetterFormats.EnumName(item)),
            _ => null,
        });
        options.Filters.AddFilter("money", (input, _, _) =>
            input.IsNil() ? NilValue.Instance : new StringValue(LetterFormats.Money(input.ToNumberValue())));
    }

    /// <summary>Parses and checks a template without keeping it; an empty list means the template is valid.</summary>
    public IReadOnlyList<LetterTemplateError> Validate(string name, string text) => Parse(name, text, out _);

    /// <summary>Parses and checks a template; throws <see cref="LetterTemplateException"/> listing every problem found.</summary>
    public LetterTemplate Compile(string name, string text)
    {
        var errors = Parse(name, text, out var template);
        return errors.Count == 0 && template is not null ? new LetterTemplate(name, template) : throw new LetterTemplateException(errors);
    }

    /// <summary>Renders a compiled template to HTML, in the culture of the model's language.</summary>
    public async Task<string> RenderAsync(LetterTemplate template, LetterModel model, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var context = new TemplateContext(model, options) { CultureInfo = LetterFormats.Culture(model.Language) };
        try
        {
            return await template.Fluid.RenderAsync(context, Encoder);
        }
        catch (InvalidOperationException exception)
        {
            throw new LetterRenderException(
                $"The letter template '{template.Name}' was stopped: {exception.Message} (sandbox limits: {MaxSteps} steps, {MaxRecursion} levels).",
                exception);
        }
        catch (FluidException exception)
        {
            throw new LetterRenderException($"The letter template '{template.Name}' failed: {exception.Message}", exception);
        }
    }

    /// <summary>Compiles and renders template text in one go (a preview in the designer, a test).</summary>
    public Task<string> RenderAsync(string name, string text, LetterModel model, CancellationToken cancellationToken = default) =>
        RenderAsync(Compile(name, text), model, cancellationToken);

    private List<LetterTemplateError> Parse(string name, string text, out IFluidTemplate? template)
    {
        if (!parser.TryParse(text, out template, out var error))
        {
            template = null;
            return [SyntaxError(name, error)];
        }

        return new LetterTemplateChecker(modelType, options.Filters, name, text).Check(template).ToList();
    }

    // Fluid reports "<message> at (line:column)" followed by the source line.
    private static LetterTemplateError SyntaxError(string name, string error)
    {
        var match = PositionPattern().Match(error);
        return match.Success
            ? new LetterTemplateError(name, Number(match.Groups[2].Value), Number(match.Groups[3].Value), match.Groups[1].Value.Trim())
            : new LetterTemplateError(name, 1, 1, error.Trim());
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(.*?) at \((\d+):(\d+)\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PositionPattern();
}
