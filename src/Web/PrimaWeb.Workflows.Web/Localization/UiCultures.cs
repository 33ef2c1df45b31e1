using System.Globalization;

namespace PrimaWeb.Workflows.Web.Localization;

/// <summary>
/// The languages of the user interface, as Belgian cultures so that numbers and money are written as in Belgium.
/// French is the default: it is the language of the first CPAS and of the legal texts' reference version.
/// </summary>
public static class UiCultures
{
    public const string French = "fr-BE";

    public const string Dutch = "nl-BE";

    /// <summary>For developers and support; users work in French or Dutch.</summary>
    public const string English = "en-BE";

    public static IReadOnlyList<string> All { get; } = [French, Dutch, English];

    /// <summary>The culture for a <c>locale</c> claim (<c>fr</c>, <c>nl</c>, <c>en</c>, or a full culture name); null when not ours.</summary>
    public static string? FromLocale(string? locale) => locale?.Split('-', '_')[0].ToLowerInvariant() switch
    {
        "fr" => French,
        "nl" => Dutch,
        "en" => English,
        _ => null,
    };

    /// <summary>The two-letter language of the current UI culture: <c>fr</c>, <c>nl</c> or <c>en</c>.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The language of texts written only in French and Dutch (letters' wording): Dutch for Dutch, French otherwise.</summary>
    public static Domain.Common.Language CurrentWordingLanguage => CurrentLanguage == "nl" ? Domain.Common.Language.Nl : Domain.Common.Language.Fr;
}
