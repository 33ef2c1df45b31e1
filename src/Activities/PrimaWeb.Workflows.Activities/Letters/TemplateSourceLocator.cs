using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Finds where a field path, a filter or a tag is written inside the Liquid tags of a template, as a 1-based line and
/// column. Text outside <c>{{ }}</c> and <c>{% %}</c> is ignored so that prose never matches.
/// </summary>
internal sealed partial class TemplateSourceLocator(string source)
{
    private readonly List<Match> tags = TagPattern().Matches(source).ToList();

    public (int Line, int Column) Path(IReadOnlyList<string> identifiers) =>
        Find(@"(?<![\w.])" + string.Join(@"\s*\.\s*", identifiers.Select(Regex.Escape)) + @"(?![\w])");

    public (int Line, int Column) Filter(string name) => Find(@"\|\s*" + Regex.Escape(name) + @"(?![\w])");

    public (int Line, int Column) Tag(string name) => Find(@"\{%-?\s*" + Regex.Escape(name) + @"(?![\w])");

    public (int Line, int Column) Range() => Find(@"\(\s*[^()]*?\.\.");

    private (int Line, int Column) Find(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var tag in tags)
        {
            var match = regex.Match(tag.Value);
            if (match.Success)
            {
                return Position(tag.Index + match.Index);
            }
        }

        // Not found (e.g. a path written with brackets): point at the start rather than guess.
        return (1, 1);
    }

    private (int Line, int Column) Position(int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagPattern();
}
