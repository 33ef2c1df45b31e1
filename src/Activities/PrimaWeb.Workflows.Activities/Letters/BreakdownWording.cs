using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The RIS breakdown's lines and legal references in French or Dutch, for the screens as for the letters: one
/// vocabulary (<see cref="LetterVocabulary"/>), so the calculation a social worker reads is worded as the person reads it.
/// </summary>
public static class BreakdownWording
{
    /// <summary>The label of a breakdown line by its code; <paramref name="fallback"/> (the calculation's English) for an unknown code.</summary>
    public static string Line(string code, string fallback, int category, Language language) =>
        LetterVocabulary.LineLabel(code, fallback, category, language);

    /// <summary>The legal reference of a line in the language; the citation as given when it is not known.</summary>
    public static string Reference(string citation, Language language) => LetterVocabulary.Article(citation, language);

    /// <summary>The rule a partial month is paid by, in the language (its figures are the month's days).</summary>
    public static string ProRata(Language language) => LetterVocabulary.ProRataRule(language);
}
