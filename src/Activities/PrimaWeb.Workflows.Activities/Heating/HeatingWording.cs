using PrimaWeb.Workflows.Activities.Letters;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>
/// The heating allowance in the person's words, French or Dutch: why it is refused (by the calculator's refusal codes)
/// and what was delivered. The motivation of a refusal and the letter read from here.
/// </summary>
public static class HeatingWording
{
    private static readonly Dictionary<string, (string Fr, string Nl)> Refusals = new(StringComparer.Ordinal)
    {
        ["fuel-not-eligible"] = (
            "Le combustible ou le mode d'achat ne donne pas droit à l'allocation : seuls le gasoil de chauffage, le pétrole lampant de type c acheté à la pompe et le propane en vrac y donnent droit.",
            "De brandstof of de aankoopwijze geeft geen recht op de toelage: alleen verwarmingsgasolie, lamppetroleum type c aan de pomp en bulkpropaan geven er recht op."),
        ["late-request"] = (
            "La demande a été introduite après le délai de 60 jours qui suit la livraison, sans cas de force majeure.",
            "De aanvraag werd ingediend na de termijn van 60 dagen na de levering, zonder overmacht."),
        ["delivery-already-paid"] = (
            "Une allocation a déjà été payée pour cette livraison.",
            "Voor deze levering werd al een toelage betaald."),
        [RecordDelivery.DwellingAlreadyClaimed] = (
            "Une allocation a déjà été demandée au CPAS pour la même livraison dans ce logement.",
            "Voor dezelfde levering in deze woning werd bij het OCMW al een toelage aangevraagd."),
        ["care-institution"] = (
            "Les résidents d'une maison de repos ou d'un hôpital sont exclus de l'allocation.",
            "Bewoners van een rusthuis of een ziekenhuis zijn van de toelage uitgesloten."),
        ["pump-exclusive"] = (
            "Une allocation pour un achat à la pompe ne peut suivre une autre allocation de la même période de chauffe.",
            "Een toelage voor een aankoop aan de pomp kan niet volgen op een andere toelage in dezelfde verwarmingsperiode."),
        ["bulk-exclusive"] = (
            "Une allocation pour une livraison en vrac ne peut suivre une allocation pour un achat à la pompe de la même période de chauffe.",
            "Een toelage voor een levering in bulk kan niet volgen op een toelage voor een aankoop aan de pomp in dezelfde verwarmingsperiode."),
        ["income-above-limit"] = (
            "Les revenus bruts imposables du ménage dépassent le plafond applicable.",
            "Het bruto belastbaar inkomen van het huishouden overschrijdt het toepasselijke grensbedrag."),
        ["max-litres-reached"] = (
            "Le maximum de litres de la période de chauffe est déjà atteint.",
            "Het maximum aantal liter van de verwarmingsperiode is al bereikt."),
        ["not-bim"] = (
            "Personne du ménage ne bénéficie de l'intervention majorée de l'assurance soins de santé (catégorie 1).",
            "Niemand van het huishouden heeft recht op de verhoogde tegemoetkoming van de ziekteverzekering (categorie 1)."),
        ["debt-mediation-conditions"] = (
            "Les conditions de la catégorie 3 ne sont pas réunies : médiation de dettes ou règlement collectif de dettes, incapacité de payer la facture et besoin confirmé par le CPAS.",
            "De voorwaarden van categorie 3 zijn niet vervuld: schuldbemiddeling of collectieve schuldenregeling, onvermogen om de factuur te betalen en nood bevestigd door het OCMW."),
    };

    /// <summary>The sentence of one refusal code in the language; an unknown code is a programming error.</summary>
    public static string Refusal(string code, Language language) =>
        Refusals.TryGetValue(code, out var text)
            ? LetterVocabulary.Pick(text, language)
            : throw new ArgumentOutOfRangeException(nameof(code), code, "No wording for this heating refusal.");

    /// <summary>The motivation of a refusal: one sentence per rule that refuses, in the order the calculator found them.</summary>
    public static string Motivation(IEnumerable<string> codes, Language language) =>
        string.Join(Environment.NewLine, codes.Distinct().Select(code => Refusal(code, language)));

    public static string Fuel(HeatingFuel fuel, Language language) => (fuel, language) switch
    {
        (HeatingFuel.HeatingGasOil, Language.Nl) => "verwarmingsgasolie",
        (HeatingFuel.HeatingGasOil, _) => "gasoil de chauffage",
        (HeatingFuel.LampPetroleumTypeC, Language.Nl) => "lamppetroleum type c",
        (HeatingFuel.LampPetroleumTypeC, _) => "pétrole lampant de type c",
        (HeatingFuel.BulkPropane, Language.Nl) => "propaan in bulk",
        (HeatingFuel.BulkPropane, _) => "propane en vrac",
        (_, Language.Nl) => "een brandstof die geen recht geeft",
        _ => "un combustible qui n'y donne pas droit",
    };

    public static string Litres(decimal litres) => LetterFormats.Quantity(litres) + " l";

    public static string PerLitre(decimal euros) => LetterFormats.Money(euros) + "/l";
}
