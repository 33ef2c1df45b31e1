using System.Globalization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The French and Dutch words the builder puts in the model: breakdown labels by line code, legal articles by the
/// calculation's (English) citation, and the laws of each request type. Kept in code rather than in the templates
/// because the calculation's codes and citations are a closed set owned by the domain; a test runs the real
/// calculator so that a new code or citation without a translation is noticed.
/// </summary>
internal static class LetterVocabulary
{
    private static readonly Dictionary<string, (string Fr, string Nl)> LineLabels = new(StringComparer.Ordinal)
    {
        ["category-amount"] = ("Montant annuel de référence, catégorie {0}", "Jaarlijks referentiebedrag, categorie {0}"),
        ["resource"] = ("Ressources nettes annuelles", "Netto bestaansmiddelen per jaar"),
        ["resource-exempt"] = ("Ressources exonérées", "Vrijgestelde bestaansmiddelen"),
        ["employment-exemption"] = ("Exonération des revenus professionnels", "Vrijstelling van beroepsinkomsten"),
        ["person-counted"] = ("Ressources prises en compte", "In aanmerking genomen bestaansmiddelen"),
        ["cohabitant-not-counted"] = ("Ressources du cohabitant non prises en compte", "Bestaansmiddelen van de samenwonende niet in aanmerking genomen"),
        ["counted-resources-total"] = ("Total des ressources prises en compte, avant exonération générale", "Totaal in aanmerking genomen bestaansmiddelen, vóór de algemene vrijstelling"),
        ["general-exemption"] = ("Exonération générale, catégorie {0}", "Algemene vrijstelling, categorie {0}"),
        ["counted-resources"] = ("Ressources prises en compte après exonérations", "In aanmerking genomen bestaansmiddelen na vrijstellingen"),
        ["yearly-amount"] = ("Montant annuel octroyé", "Toegekend jaarbedrag"),
        ["monthly-amount"] = ("Montant mensuel octroyé", "Toegekend maandbedrag"),
    };

    // Keyed by the citations of the domain's RIS calculation (RisLegalBasis), which are written in English.
    private static readonly Dictionary<string, (string Fr, string Nl)> Articles = new(StringComparer.Ordinal)
    {
        ["art. 14 §1 law of 26 May 2002 (DIS)"] = ("art. 14, § 1er, de la loi du 26 mai 2002", "art. 14, § 1, van de wet van 26 mei 2002"),
        ["art. 16 law of 26 May 2002; art. 22 AR 11 July 2002"] = (
            "art. 16 de la loi du 26 mai 2002 et art. 22 de l'arrêté royal du 11 juillet 2002",
            "art. 16 van de wet van 26 mei 2002 en art. 22 van het koninklijk besluit van 11 juli 2002"),
        ["art. 22 §1 AR 11 July 2002"] = ("art. 22, § 1er, de l'arrêté royal du 11 juillet 2002", "art. 22, § 1, van het koninklijk besluit van 11 juli 2002"),
        ["art. 35 §1 AR 11 July 2002"] = ("art. 35, § 1er, de l'arrêté royal du 11 juillet 2002", "art. 35, § 1, van het koninklijk besluit van 11 juli 2002"),
        ["art. 35 AR 11 July 2002 as modified by AR 23 November 2023"] = (
            "art. 35 de l'arrêté royal du 11 juillet 2002, modifié par l'arrêté royal du 23 novembre 2023",
            "art. 35 van het koninklijk besluit van 11 juli 2002, gewijzigd bij koninklijk besluit van 23 november 2023"),
        ["art. 34 AR 11 July 2002"] = ("art. 34 de l'arrêté royal du 11 juillet 2002", "art. 34 van het koninklijk besluit van 11 juli 2002"),
        ["art. 34 AR 11 July 2002 as modified by AR 7 January 2026"] = (
            "art. 34 de l'arrêté royal du 11 juillet 2002, modifié par l'arrêté royal du 7 janvier 2026",
            "art. 34 van het koninklijk besluit van 11 juli 2002, gewijzigd bij koninklijk besluit van 7 januari 2026"),
        ["art. 22 §2 AR 11 July 2002"] = ("art. 22, § 2, de l'arrêté royal du 11 juillet 2002", "art. 22, § 2, van het koninklijk besluit van 11 juli 2002"),
        ["art. 14 and 16 law of 26 May 2002"] = ("art. 14 et 16 de la loi du 26 mai 2002", "art. 14 en 16 van de wet van 26 mei 2002"),
        [RoundingCitation] = ("montant annuel divisé par 12, arrondi au cent", "jaarbedrag gedeeld door 12, afgerond op de cent"),
        [ProRataCitation] = ("prorata du mois incomplet", "pro rata van de onvolledige maand"),
    };

    // Calculation conventions rather than legal articles: printed beside their line, left out of the legal basis.
    private const string RoundingCitation = "yearly amount / 12 rounded half-up to the cent (derived from the published amounts)";
    private const string ProRataCitation = "partial month pro rata (rule set in reference data ris.calculationRules)";

    private static readonly Dictionary<RequestType, (string[] Fr, string[] Nl)> Laws = new()
    {
        [RequestType.Dis] = (
            [
                "loi du 26 mai 2002 concernant le droit à l'intégration sociale",
                "arrêté royal du 11 juillet 2002 portant règlement général en matière de droit à l'intégration sociale",
                "loi du 11 avril 1995 visant à instituer « la charte » de l'assuré social",
            ],
            [
                "wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie",
                "koninklijk besluit van 11 juli 2002 houdende algemeen reglement betreffende het recht op maatschappelijke integratie",
                "wet van 11 april 1995 tot invoering van het « handvest » van de sociaal verzekerde",
            ]),
        [RequestType.EquivalentRis] = (
            [
                "loi du 8 juillet 1976 organique des centres publics d'action sociale, articles 1er, 57 et 71",
                "loi du 2 avril 1965 relative à la prise en charge des secours accordés par les centres publics d'action sociale",
                "loi du 11 avril 1995 visant à instituer « la charte » de l'assuré social",
            ],
            [
                "organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, artikelen 1, 57 en 71",
                "wet van 2 april 1965 betreffende het ten laste nemen van de steun verleend door de openbare centra voor maatschappelijk welzijn",
                "wet van 11 april 1995 tot invoering van het « handvest » van de sociaal verzekerde",
            ]),
        [RequestType.HeatingAllowance] = (
            [
                "loi-programme du 22 décembre 2008, articles 253 et suivants (Fonds social chauffage)",
                "arrêté royal du 27 mars 2009 déterminant les modalités de l'octroi de l'allocation de chauffage par les centres publics d'action sociale",
                "loi du 11 avril 1995 visant à instituer « la charte » de l'assuré social",
            ],
            [
                "programmawet van 22 december 2008, artikelen 253 en volgende (Sociaal Verwarmingsfonds)",
                "koninklijk besluit van 27 maart 2009 tot vaststelling van de modaliteiten van de toekenning van de verwarmingstoelage door de openbare centra voor maatschappelijk welzijn",
                "wet van 11 april 1995 tot invoering van het « handvest » van de sociaal verzekerde",
            ]),
        [RequestType.OtherAid] = (
            [
                "loi du 8 juillet 1976 organique des centres publics d'action sociale, articles 1er, 57 et 71",
                "loi du 11 avril 1995 visant à instituer « la charte » de l'assuré social",
            ],
            [
                "organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, artikelen 1, 57 en 71",
                "wet van 11 april 1995 tot invoering van het « handvest » van de sociaal verzekerde",
            ]),
        [RequestType.InstallationPremium] = (
            [
                "loi du 8 juillet 1976 organique des centres publics d'action sociale, articles 57bis et 71",
                "loi du 11 avril 1995 visant à instituer « la charte » de l'assuré social",
            ],
            [
                "organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn, artikelen 57bis en 71",
                "wet van 11 april 1995 tot invoering van het « handvest » van de sociaal verzekerde",
            ]),
    };

    /// <summary>The label of a breakdown line, or the calculation's English label when the code is not known.</summary>
    public static string LineLabel(string code, string fallback, int category, Language language) =>
        LineLabels.TryGetValue(code, out var label)
            ? string.Format(CultureInfo.InvariantCulture, Pick(label, language), category)
            : fallback;

    /// <summary>The article in the letter's language, or the citation as given when it is not known.</summary>
    public static string Article(string citation, Language language) =>
        Articles.TryGetValue(citation, out var article) ? Pick(article, language) : citation;

    /// <summary>The pro rata rule of a partial month in the language.</summary>
    public static string ProRataRule(Language language) => Article(ProRataCitation, language);

    /// <summary>True for a citation, in English or translated, that names a legal article rather than a calculation convention.</summary>
    public static bool IsLegalArticle(string citation) =>
        !new[] { RoundingCitation, ProRataCitation }
            .SelectMany(c => new[] { c, Articles[c].Fr, Articles[c].Nl })
            .Contains(citation, StringComparer.Ordinal);

    public static IReadOnlyList<string> LawsFor(RequestType type, Language language) =>
        Laws.TryGetValue(type, out var laws)
            ? language == Language.Fr ? laws.Fr : laws.Nl
            : throw new NotSupportedException($"No legal basis is written for requests of type {type}.");

    /// <summary>The word before a letter-box number: "bte" in French, "bus" in Dutch.</summary>
    public static string Box(Language language) => language == Language.Fr ? "bte" : "bus";

    /// <summary>The words in the letter's language: the one choice between French and Dutch every wording makes.</summary>
    internal static string Pick((string Fr, string Nl) text, Language language) =>
        language == Language.Fr ? text.Fr : text.Nl;
}
