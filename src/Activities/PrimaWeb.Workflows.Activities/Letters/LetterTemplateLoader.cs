using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Reads the template files of a folder (<c>&lt;kind&gt;.&lt;fr|nl&gt;.liquid</c>) and compiles them all. Every problem of
/// every file is collected and thrown at once, and each kind must exist in every language, so a broken or missing
/// template stops the host at start-up instead of a letter later.
/// </summary>
public sealed class LetterTemplateLoader(LetterRenderer renderer)
{
    public const string Extension = ".liquid";

    public LetterTemplates Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The letter templates folder '{folder}' does not exist.");
        }

        var errors = new List<LetterTemplateError>();
        var templates = new Dictionary<(string Kind, Language Language), LetterTemplate>();
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (!TryReadName(file, out var kind, out var language))
            {
                errors.Add(new LetterTemplateError(file, 1, 1, $"The file name must be <kind>.<{Languages()}>{Extension}, e.g. {LetterKinds.DisDecision}.fr{Extension}."));
                continue;
            }

            kinds.Add(kind);
            try
            {
                templates[(kind, language)] = renderer.Compile(file, File.ReadAllText(path));
            }
            catch (LetterTemplateException exception)
            {
                errors.AddRange(exception.Errors);
            }
        }

        if (kinds.Count == 0 && errors.Count == 0)
        {
            errors.Add(new LetterTemplateError(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), 1, 1, $"The folder holds no {Extension} template."));
        }

        foreach (var kind in kinds)
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var expected = $"{kind}.{Code(language)}{Extension}";
                if (!File.Exists(Path.Combine(folder, expected)))
                {
                    errors.Add(new LetterTemplateError(expected, 1, 1, $"The letter '{kind}' has no {language} template: add {expected}."));
                }
            }
        }

        return errors.Count == 0 ? new LetterTemplates(renderer, templates) : throw new LetterTemplateException(errors);
    }

    private static bool TryReadName(string file, out string kind, out Language language)
    {
        var parts = file[..^Extension.Length].Split('.');
        kind = parts[0];
        language = default;
        return parts.Length == 2
            && kind.Length > 0
            && Enum.GetValues<Language>().Any(l => Code(l) == parts[1])
            && Enum.TryParse(parts[1], ignoreCase: true, out language);
    }

    private static string Code(Language language) => LetterFormats.EnumName(language);

    private static string Languages() => string.Join('|', Enum.GetValues<Language>().Select(Code));
}
