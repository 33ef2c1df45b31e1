using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The words the letters of the other aid and the installation premium print, in French and in Dutch.</summary>
public static class AidWording
{
    // The kinds of otherAid.kinds; a kind an analyst adds later reads as a social aid until it is worded here.
    private static readonly Dictionary<string, (string Fr, string Nl)> Kinds = new(StringComparer.Ordinal)
    {
        ["food"] = ("aide alimentaire", "voedselhulp"),
        ["energy"] = ("aide pour les frais d'énergie", "hulp voor de energiekosten"),
        ["rent"] = ("aide au loyer", "huurhulp"),
        ["medical"] = ("aide pour les frais médicaux", "hulp voor de medische kosten"),
        ["miscellaneous"] = ("aide sociale", "maatschappelijke hulp"),
    };

    private static readonly Dictionary<string, (string Fr, string Nl)> Situations = new(StringComparer.Ordinal)
    {
        ["street"] = ("vie en rue", "leven op straat"),
        ["emergencyShelter"] = ("hébergement d'urgence", "nachtopvang"),
        ["shelterHome"] = ("maison d'accueil", "onthaaltehuis"),
        ["temporaryHousing"] = ("hébergement temporaire", "tijdelijk onderdak"),
        ["housed"] = ("logement", "woning"),
    };

    public static string Kind(string kind, Language language) => LetterVocabulary.Pick(Kinds.GetValueOrDefault(kind, Kinds["miscellaneous"]), language);

    public static string KindLabel(Language language) => LetterVocabulary.Pick(("Nature de l'aide", "Soort hulp"), language);

    public static string Premium(Language language) => LetterVocabulary.Pick(("Prime d'installation", "Installatiepremie"), language);

    public static string FormerSituationLabel(Language language) => LetterVocabulary.Pick(("Situation quittée", "Verlaten situatie"), language);

    public static string Situation(string situation, Language language) => LetterVocabulary.Pick(Situations.GetValueOrDefault(situation, Situations["temporaryHousing"]), language);

    public static string DwellingLabel(Language language) => LetterVocabulary.Pick(("Nouveau logement", "Nieuwe woning"), language);

    public static string DwellingFromLabel(Language language) => LetterVocabulary.Pick(("Occupé depuis le", "Betrokken sinds"), language);

    /// <summary>Why the installation premium's conditions are not met, as the refusal's motivation.</summary>
    public static string PremiumRefusal(string reason, Language language) => reason switch
    {
        Aid.CheckInstallationPremium.AlreadyGranted => LetterVocabulary.Pick((
            "Vous avez déjà bénéficié d'une prime d'installation. Cette prime ne peut être accordée qu'une seule fois dans la vie (article 57bis de la loi organique des CPAS).",
            "U hebt al een installatiepremie ontvangen. Deze premie kan maar één keer in het leven worden toegekend (artikel 57bis van de organieke OCMW-wet)."), language),
        _ => LetterVocabulary.Pick((
            "Vous ne quittez pas une situation de sans-abri : la prime d'installation est réservée aux personnes qui perdent la qualité de sans-abri en occupant un logement (article 57bis de la loi organique des CPAS).",
            "U verlaat geen situatie van dakloosheid: de installatiepremie is voorbehouden aan personen die de hoedanigheid van dakloze verliezen door een woning te betrekken (artikel 57bis van de organieke OCMW-wet)."), language),
    };
}
