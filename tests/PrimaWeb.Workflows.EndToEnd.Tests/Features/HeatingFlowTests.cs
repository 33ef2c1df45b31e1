using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Testing.Host;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 18 point 5: a heating allowance in the browser, in French (Namur) and in Dutch (Gent), on the real definition and the simulated Fund,
/// from the person found by NISS to the letter: the delivery typed with the request on the case page (the dwelling
/// proposed from the person's address), the category pre-filled from the BIM status, both calculations side by side on the case page, the manager's decision, the letter.
/// Its own app: it opens a case, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeatingFlowTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    /// <summary>What the test reads on screen in one language.</summary>
    public sealed record Words(
        string Cpas, string Niss, string CasePrefix, string FilingHeading, string GasOil, string Bulk, string LitresRefused, string Investigating,
        string SituationTask, string Bim, string DecisionTask, string Closed, string SavedAtFund, string Aid, string Court, string Suffix, Regex Amount);

    private static readonly Words French = new(
        "namur", "NISS", "NA", "La livraison et le logement chauffé", "Gasoil de chauffage", "Livraison en vrac", "Litres doit être supérieur à zéro.",
        "en enquête", "Situation du ménage (allocation de chauffage)", "Catégorie 1 : intervention majorée (BIM)", "Décision sur l'allocation de chauffage",
        "clôturée", "enregistrée au Fonds", "allocation de chauffage", "tribunal du travail", "", new Regex(@"^192,00\s€$"));

    private static readonly Words Dutch = new(
        "gent", "INSZ", "GE", "De levering en de verwarmde woning", "Verwarmingsgasolie", "Levering in bulk", "Liter moet groter dan nul zijn.",
        "in onderzoek", "Situatie van het huishouden (verwarmingstoelage)", "Categorie 1: verhoogde tegemoetkoming (RVV)", "Beslissing over de verwarmingstoelage",
        "afgesloten", "geregistreerd bij het Fonds", "verwarmingstoelage", "arbeidsrechtbank", "-nl", new Regex(@"^€\s192,00$"));

    [BrowserFact]
    public Task HeatingAllowance_FromThePersonFoundByNissToTheLetter_ShowsBothCalculationsAndTheAllocationSaved() => FromFilingToTheLetterAsync(French, 0);

    [BrowserFact]
    public Task HeatingAllowance_InGentInDutch_FromFilingToTheLetter_SpeaksDutchOnEveryScreenAndInTheLetter() => FromFilingToTheLetterAsync(Dutch, 1);

    /// <summary>The whole flow for the <paramref name="nth"/> BIM person living alone (each language its own person and CPAS).</summary>
    private async Task FromFilingToTheLetterAsync(Words words, int nth)
    {
        var today = separate.Clock.BelgianToday;
        var deliveredOn = today.AddDays(-12);
        var person = SimulatedPersons.AllLivingAlone(p => p.Insurability.Any(i => i.IncreasedReimbursement && i.Period.Contains(deliveredOn)) && !p.Omnio)
            .Skip(nth).First();
        var worker = await browser.NewPageAsync(App);
        await worker.SignInAsync($"{words.Cpas}-social-worker", "/persons");
        await worker.GetByRole(AriaRole.Textbox, new() { Name = words.Niss, Exact = true }).FillAsync(person.Niss.ToString());
        await worker.GetByTestId("search-niss").ClickAsync();
        await worker.GetByTestId($"person-{person.Niss}").GetByTestId("open-case").ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync(new Regex($@"^Dossier {words.CasePrefix}-\d{{4}}-\d{{4}}$"));
        var reference = (await worker.Locator("h1").TextContentAsync())!["Dossier ".Length..];
        var casePage = worker.Url;
        await worker.GetByTestId("request-type-HeatingAllowance").ClickAsync();

        // The delivery is typed with the request, in the user's words: fuel and purchase mode as choices, the dwelling
        // proposed from where the case says the person lives.
        var filing = worker.GetByTestId("file-request-form");
        await Expect(filing).ToContainTextAsync(words.FilingHeading);
        var streetInput = filing.Locator("[data-testid=field-street] input");
        await Expect(streetInput).Not.ToHaveValueAsync("");
        var street = await streetInput.InputValueAsync();
        street.ShouldNotBeNullOrWhiteSpace();
        await Expect(worker.GetByTestId("main-person")).ToContainTextAsync(street);
        await Expect(worker.GetByTestId("main-person")).ToContainTextAsync(await filing.Locator("[data-testid=field-postalCode] input").InputValueAsync());
        await filing.Locator("[data-testid=field-deliveredOn] input").FillAsync(Iso(deliveredOn));
        await filing.GetByTestId("choice-fuel-HeatingGasOil").ClickAsync();
        await filing.GetByTestId("choice-purchaseMode-Bulk").ClickAsync();
        await filing.Locator("[data-testid=field-pricePerLitre] input").FillAsync("1");
        await filing.Locator("[data-testid=field-litres] input").FillAsync("1200");
        await Expect(filing).ToContainTextAsync(words.GasOil);
        await Expect(filing).ToContainTextAsync(words.Bulk);
        await worker.GetByTestId("file-request-panel").SaveScreenshotAsync("heating-filing" + words.Suffix);

        // A bulk delivery without its litres is refused beside the form, and nothing is filed.
        await filing.Locator("[data-testid=field-litres] input").FillAsync("");
        await filing.GetByTestId("file-request").ClickAsync();
        await Expect(filing.GetByTestId("server-refusal")).ToContainTextAsync(words.LitresRefused);
        await Expect(worker.GetByTestId("request-status")).ToHaveCountAsync(0);

        await filing.Locator("[data-testid=field-litres] input").FillAsync("1200");
        await filing.GetByTestId("file-request").ClickAsync();
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync(words.Investigating);
        await App.Workflows.DeliverOutboxAsync();

        // The Fund said the person is BIM: category 1 is already chosen.
        var situation = await worker.OpenTaskFromInboxAsync(reference, words.SituationTask);
        await Expect(situation.GetByTestId("choice-category-Bim")).ToBeCheckedAsync();
        await Expect(situation).ToContainTextAsync(words.Bim);
        await CompleteTaskAsync(worker);

        // The manager decides (the role the definition sets), the decision pre-filled from the calculation.
        var manager = await browser.NewPageAsync(App);
        await manager.SignInAsync($"{words.Cpas}-manager", "/inbox");
        var decision = await manager.OpenTaskFromInboxAsync(reference, words.DecisionTask, team: true);
        await Expect(decision.GetByTestId("choice-decision-Granted")).ToBeCheckedAsync();
        await decision.Locator("[data-testid=field-decidedOn] input").FillAsync(Iso(today));
        await Expect(manager.GetByTestId("heating-allowance").GetByTestId("heating-fund-amount")).ToHaveTextAsync(words.Amount);
        await manager.SaveScreenshotAsync("heating-decision" + words.Suffix);
        await CompleteTaskAsync(manager);

        await worker.GotoInteractiveAsync(casePage);
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync(words.Closed);
        var heating = worker.GetByTestId("heating-allowance");
        await Expect(heating.GetByTestId("heating-cpas-amount")).ToHaveTextAsync(words.Amount);
        await Expect(heating.GetByTestId("heating-fund-amount")).ToHaveTextAsync(words.Amount);
        await Expect(heating.GetByTestId("heating-difference")).ToHaveCountAsync(0);
        await Expect(heating.GetByTestId("heating-saved")).ToContainTextAsync(words.SavedAtFund);
        await worker.SaveScreenshotAsync("heating-case-file" + words.Suffix);
        await Expect(worker.GetByTestId("letter-row")).ToHaveCountAsync(1);
        await worker.GetByTestId("letter-preview").ClickAsync();
        var letter = worker.FrameLocator("[data-testid=letter-frame]").Locator("body");
        await Expect(letter).ToContainTextAsync(words.Aid);
        await Expect(letter).ToContainTextAsync("192,00 €");
        await Expect(letter).ToContainTextAsync("1.200 l");
        await Expect(letter).ToContainTextAsync(street);
        await Expect(letter).ToContainTextAsync(words.Court);
        await worker.SaveScreenshotAsync("heating-letter" + words.Suffix, fullPage: false);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task CompleteTaskAsync(IPage page)
    {
        await page.GetByTestId("complete-task").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToHaveCountAsync(0);
        await App.Workflows.DeliverOutboxAsync();
    }
}
