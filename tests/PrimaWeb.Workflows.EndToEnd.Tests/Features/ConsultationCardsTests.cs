using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 17 point 3 on screen, on the shared demo: a consultation's answer opens as a card per flow in the user's
/// language, and the RIS calculation is a table whose every line names its legal reference — never JSON nor English.
/// Namur's case in French, Gent's in Dutch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsultationCardsTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task NamurSocialWorker_InFrench_ReadsTheRegistersAnswersAsCards_AndTheCalculationWithItsLegalReferences()
    {
        var page = await OpenCaseAsync("namur-social-worker", "NA-2026-0001", "Dossier NA-2026-0001");

        var card = await OpenAnswerAsync(page, "Registre national : identité et ménage", "85073003328");
        await Expect(card.GetByTestId("card-title")).ToHaveTextAsync("Registre national : identité et ménage");
        await Expect(card.Locator("dt")).ToContainTextAsync(["Personne", "NISS", "Date de naissance", "Sexe", "Nationalité", "Adresse", "Registre", "État civil"]);
        await Expect(card.Locator("dd")).ToContainTextAsync(
            ["Martin Thomas", "85.07.30-033.28", "30/07/1985", "Masculin", "belge", "Rue de Fer 12, 5000 Namur", "Registre de la population", "divorcé(e)"]);
        await Expect(card).ToContainTextAsync("Ménage au Registre national");
        await Expect(card.GetByTestId("card-household").Locator("tbody tr")).ToContainTextAsync(
            ["Martin Thomas85.07.30-033.28personne de référence", "Martin Lucas05.06.12-011.96enfant"]);
        (await card.InnerTextAsync()).ShouldBePlainWords();
        await page.SaveScreenshotAsync("consultation-card-fr", fullPage: false);
        await CloseAnswerAsync(page);

        card = await OpenAnswerAsync(page, "Assurabilité soins de santé", "85073003328");
        await Expect(card.GetByTestId("card-title")).ToHaveTextAsync("Assurabilité soins de santé");
        await Expect(card.GetByTestId("card-lines").Locator("th")).ToHaveTextAsync(["Mutualité", "Période", "Assuré comme", "Intervention majorée"]);
        await Expect(card.GetByTestId("card-lines").Locator("tbody tr").First.Locator("td")).ToHaveTextAsync(["Solidaris (300)", "depuis le 01/09/2005", "titulaire", "non"]);
        (await card.InnerTextAsync()).ShouldBePlainWords();
        await CloseAnswerAsync(page);

        var calculation = page.GetByTestId("case-calculations");
        await Expect(calculation.GetByTestId("ris-calculation")).ToContainTextAsync("Avec famille à charge (cat. 3)");
        await Expect(calculation.GetByTestId("calculation-lines").Locator("th")).ToHaveTextAsync(["Ligne", "Montant", "Base légale"]);
        await ExpectReferenceAsync(calculation, "Montant annuel de référence, catégorie 3", "art. 14, § 1er, de la loi du 26 mai 2002");
        await ExpectReferenceAsync(calculation, "Exonération générale, catégorie 3", "art. 22, § 2, de l'arrêté royal du 11 juillet 2002");
        await ExpectReferenceAsync(calculation, "Montant mensuel octroyé", "montant annuel divisé par 12, arrondi au cent");
        await Expect(calculation.Locator("tr").Filter(new() { HasText = "Exonération générale, catégorie 3" })).ToContainTextAsync("-310,00 €");
        await ExpectEveryLineHasAReferenceAsync(calculation);
        (await page.GetByTestId("case-consultations").InnerTextAsync()).ShouldBePlainWords();
        (await calculation.InnerTextAsync()).ShouldBePlainWords();
        await calculation.ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("case-calculation-fr", fullPage: false);
    }

    [BrowserFact]
    public async Task GentSocialWorker_InDutch_ReadsTheRegistersAnswersAsCards_AndTheCalculationWithItsLegalReferences()
    {
        var page = await OpenCaseAsync("gent-social-worker", "GE-2026-0002", "Dossier GE-2026-0002");

        var card = await OpenAnswerAsync(page, "Rijksregister: identiteit en gezin", "92113026469");
        await Expect(card.GetByTestId("card-title")).ToHaveTextAsync("Rijksregister: identiteit en gezin");
        await Expect(card.Locator("dt")).ToContainTextAsync(["Persoon", "INSZ", "Geboortedatum", "Geslacht", "Nationaliteit", "Adres", "Register", "Burgerlijke staat"]);
        await Expect(card.Locator("dd")).ToContainTextAsync(["De Smet Lotte", "92.11.30-264.69", "30/11/1992", "Vrouw", "Belg", "Korenmarkt 7 bus B, 9000 Gent", "Bevolkingsregister", "ongehuwd"]);
        await Expect(card).ToContainTextAsync("Gezin in het Rijksregister");
        await Expect(card.GetByTestId("card-household").Locator("tbody tr")).ToContainTextAsync(["De Smet Lotte92.11.30-264.69referentiepersoon"]);
        (await card.InnerTextAsync()).ShouldBePlainWords();
        await page.SaveScreenshotAsync("consultation-card-nl", fullPage: false);
        await CloseAnswerAsync(page);

        card = await OpenAnswerAsync(page, "Verzekerbaarheid gezondheidszorg", "92113026469");
        await Expect(card.GetByTestId("card-title")).ToHaveTextAsync("Verzekerbaarheid gezondheidszorg");
        await Expect(card.GetByTestId("card-lines").Locator("th")).ToHaveTextAsync(["Ziekenfonds", "Periode", "Verzekerd als", "Verhoogde tegemoetkoming"]);
        (await card.InnerTextAsync()).ShouldBePlainWords();
        await CloseAnswerAsync(page);

        var calculation = page.GetByTestId("case-calculations");
        await Expect(calculation.GetByTestId("ris-calculation")).ToContainTextAsync("Alleenstaande (cat. 2)");
        await Expect(calculation.GetByTestId("calculation-lines").Locator("th")).ToHaveTextAsync(["Lijn", "Bedrag", "Rechtsgrond"]);
        await ExpectReferenceAsync(calculation, "Jaarlijks referentiebedrag, categorie 2", "art. 14, § 1, van de wet van 26 mei 2002");
        await ExpectReferenceAsync(calculation, "Algemene vrijstelling, categorie 2", "art. 22, § 2, van het koninklijk besluit van 11 juli 2002");
        await ExpectReferenceAsync(calculation, "Toegekend maandbedrag", "jaarbedrag gedeeld door 12, afgerond op de cent");
        await ExpectEveryLineHasAReferenceAsync(calculation);
        (await page.GetByTestId("case-consultations").InnerTextAsync()).ShouldBePlainWords();
        (await calculation.InnerTextAsync()).ShouldBePlainWords();
        await calculation.ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("case-calculation-nl", fullPage: false);
    }

    private async Task<IPage> OpenCaseAsync(string user, string reference, string title)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(user, "/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        return page;
    }

    /// <summary>Opens the answer of a flow for a person from the case's consultations: the card in its dialog.</summary>
    private static async Task<ILocator> OpenAnswerAsync(IPage page, string service, string niss)
    {
        var row = page.GetByTestId("case-consultations").Locator("tbody tr").Filter(new() { HasText = service }).Filter(new() { HasText = niss });
        await row.Locator("button").ClickAsync();
        var card = page.GetByTestId("consultation-answer").GetByTestId("consultation-card");
        await Expect(card).ToBeVisibleAsync();
        return card;
    }

    private static async Task CloseAnswerAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("consultation-answer")).ToHaveCountAsync(0);
    }

    private static Task ExpectReferenceAsync(ILocator calculation, string line, string reference) =>
        Expect(calculation.GetByTestId("calculation-lines").Locator("tbody tr").Filter(new() { HasText = line }).GetByTestId("legal-reference")).ToHaveTextAsync(reference);

    /// <summary>No line of the breakdown without its legal reference.</summary>
    private static async Task ExpectEveryLineHasAReferenceAsync(ILocator calculation)
    {
        var references = await calculation.GetByTestId("calculation-lines").GetByTestId("legal-reference").AllInnerTextsAsync();
        references.Count.ShouldBeGreaterThanOrEqualTo(5);
        references.ShouldAllBe(reference => reference.Trim().Length > 5);
    }
}
