using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Testing.Host;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 18 point 5: a heating allowance in the browser, in French, on the real definition and the simulated Fund,
/// from the person found by NISS to the letter: the delivery typed with the request on the case page (the dwelling
/// proposed from the person's address), the category pre-filled from the BIM status, both calculations side by side on the case page, the manager's decision, the letter.
/// Its own app: it opens a case, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeatingFlowTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    [BrowserFact]
    public async Task HeatingAllowance_FromThePersonFoundByNissToTheLetter_ShowsBothCalculationsAndTheAllocationSaved()
    {
        var today = separate.Clock.BelgianToday;
        var deliveredOn = today.AddDays(-12);
        var person = SimulatedPersons.LivingAlone(p => p.Insurability.Any(i => i.IncreasedReimbursement && i.Period.Contains(deliveredOn)) && !p.Omnio);
        var worker = await browser.NewPageAsync(App);
        await worker.SignInAsync("namur-social-worker", "/persons");
        await worker.GetByRole(AriaRole.Textbox, new() { Name = "NISS", Exact = true }).FillAsync(person.Niss.ToString());
        await worker.GetByTestId("search-niss").ClickAsync();
        await worker.GetByTestId($"person-{person.Niss}").GetByTestId("open-case").ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync(new Regex(@"^Dossier NA-\d{4}-\d{4}$"));
        var reference = (await worker.Locator("h1").TextContentAsync())!["Dossier ".Length..];
        var casePage = worker.Url;
        await worker.GetByTestId("request-type-HeatingAllowance").ClickAsync();

        // The delivery is typed with the request, in French words: fuel and purchase mode as choices, the dwelling
        // proposed from where the person lives.
        var filing = worker.GetByTestId("file-request-form");
        await Expect(filing).ToContainTextAsync("La livraison et le logement chauffé");
        await Expect(filing.Locator("[data-testid=field-street] input")).ToHaveValueAsync(person.CurrentAddress!.Street);
        await Expect(filing.Locator("[data-testid=field-postalCode] input")).ToHaveValueAsync(person.CurrentAddress.PostalCode);
        await filing.Locator("[data-testid=field-deliveredOn] input").FillAsync(Iso(deliveredOn));
        await filing.GetByTestId("choice-fuel-HeatingGasOil").ClickAsync();
        await filing.GetByTestId("choice-purchaseMode-Bulk").ClickAsync();
        await filing.Locator("[data-testid=field-pricePerLitre] input").FillAsync("1");
        await filing.Locator("[data-testid=field-litres] input").FillAsync("1200");
        await Expect(filing).ToContainTextAsync("Gasoil de chauffage");
        await Expect(filing).ToContainTextAsync("Livraison en vrac");
        await worker.GetByTestId("file-request-panel").SaveScreenshotAsync("heating-filing");

        // A bulk delivery without its litres is refused beside the form, and nothing is filed.
        await filing.Locator("[data-testid=field-litres] input").FillAsync("");
        await filing.GetByTestId("file-request").ClickAsync();
        await Expect(filing.GetByTestId("server-refusal")).ToContainTextAsync("Litres doit être supérieur à zéro.");
        await Expect(worker.GetByTestId("request-status")).ToHaveCountAsync(0);

        await filing.Locator("[data-testid=field-litres] input").FillAsync("1200");
        await filing.GetByTestId("file-request").ClickAsync();
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("en enquête");
        await App.Workflows.DeliverOutboxAsync();

        // The Fund said the person is BIM: category 1 is already chosen.
        var situation = await worker.OpenTaskFromInboxAsync(reference, "Situation du ménage (allocation de chauffage)");
        await Expect(situation.GetByTestId("choice-category-Bim")).ToBeCheckedAsync();
        await Expect(situation).ToContainTextAsync("Catégorie 1 : intervention majorée (BIM)");
        await CompleteTaskAsync(worker);

        // The manager decides (the role the definition sets), the decision pre-filled from the calculation.
        var manager = await browser.NewPageAsync(App);
        await manager.SignInAsync("namur-manager", "/inbox");
        var decision = await manager.OpenTaskFromInboxAsync(reference, "Décision sur l'allocation de chauffage", team: true);
        await Expect(decision.GetByTestId("choice-decision-Granted")).ToBeCheckedAsync();
        await decision.Locator("[data-testid=field-decidedOn] input").FillAsync(Iso(today));
        await Expect(manager.GetByTestId("heating-allowance").GetByTestId("heating-fund-amount")).ToHaveTextAsync(new Regex(@"^192,00\s€$"));
        await manager.SaveScreenshotAsync("heating-decision");
        await CompleteTaskAsync(manager);

        await worker.GotoInteractiveAsync(casePage);
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("clôturée");
        var heating = worker.GetByTestId("heating-allowance");
        await Expect(heating.GetByTestId("heating-cpas-amount")).ToHaveTextAsync(new Regex(@"^192,00\s€$"));
        await Expect(heating.GetByTestId("heating-fund-amount")).ToHaveTextAsync(new Regex(@"^192,00\s€$"));
        await Expect(heating.GetByTestId("heating-difference")).ToHaveCountAsync(0);
        await Expect(heating.GetByTestId("heating-saved")).ToContainTextAsync("enregistrée au Fonds");
        await worker.SaveScreenshotAsync("heating-case-file");
        await Expect(worker.GetByTestId("letter-row")).ToHaveCountAsync(1);
        await worker.GetByTestId("letter-preview").ClickAsync();
        var letter = worker.FrameLocator("[data-testid=letter-frame]").Locator("body");
        await Expect(letter).ToContainTextAsync("allocation de chauffage");
        await Expect(letter).ToContainTextAsync("192,00 €");
        await Expect(letter).ToContainTextAsync("1.200 l");
        await Expect(letter).ToContainTextAsync(person.CurrentAddress.Street);
        await Expect(letter).ToContainTextAsync("tribunal du travail");
        await worker.SaveScreenshotAsync("heating-letter", fullPage: false);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task CompleteTaskAsync(IPage page)
    {
        await page.GetByTestId("complete-task").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToHaveCountAsync(0);
        await App.Workflows.DeliverOutboxAsync();
    }
}
