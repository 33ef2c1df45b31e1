using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The validated letter templates, one per kind and language, as <see cref="LetterTemplateLoader"/> read them. Picks the
/// template a model asks for (its <see cref="LetterModel.Kind"/> in its <see cref="LetterModel.Language"/>) and renders it.
/// </summary>
public sealed class LetterTemplates
{
    private readonly LetterRenderer renderer;
    private readonly Dictionary<(string Kind, Language Language), LetterTemplate> templates;

    internal LetterTemplates(LetterRenderer renderer, Dictionary<(string Kind, Language Language), LetterTemplate> templates)
    {
        this.renderer = renderer;
        this.templates = templates;
    }

    /// <summary>The letter kinds available, in every language.</summary>
    public IReadOnlyList<string> Kinds => [.. templates.Keys.Select(k => k.Kind).Distinct().Order(StringComparer.Ordinal)];

    public LetterTemplate Get(string kind, Language language) =>
        templates.TryGetValue((kind, language), out var template)
            ? template
            : throw new KeyNotFoundException($"No letter template '{kind}' in {language}. Available kinds: {string.Join(", ", Kinds)}.");

    /// <summary>Renders the letter to HTML with the template of its kind and language.</summary>
    public Task<string> RenderAsync(LetterModel model, CancellationToken cancellationToken = default) =>
        renderer.RenderAsync(Get(model.Kind, model.Language), model, cancellationToken);
}
