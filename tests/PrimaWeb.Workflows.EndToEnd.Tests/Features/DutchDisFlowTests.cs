using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 17 in Dutch, on screen only, from filing to the letter: Gent's social worker finds a demo mother of two by INSZ,
/// opens her case and files a DIS; the case shows her children in the official household from the National Register
/// (point 5); the forms say why while typing and send nothing (point 6: a negative rent, a decision dated tomorrow, an
/// end before its start); the manager grants and the letter is on the case page (points 1 and 9).
/// Its own app: it opens a case and moves the clock, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DutchDisFlowTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    private ShiftedClock Clock => separate.Clock;

    [BrowserFact]
    public async Task GentSocialWorker_InDutch_TakesADemoDisFromFilingToTheLetter_TheFormsSayingWhyWhileTyping()
    {
        var worker = await browser.NewPageAsync(App);
        await worker.SignInAsync("gent-social-worker", "/persons");
        await worker.GetByRole(AriaRole.Textbox, new() { Name = "INSZ", Exact = true }).FillAsync(DemoHouseholds.JulieLefevre);
        await worker.GetByTestId("search-niss").ClickAsync();
        var found = worker.GetByTestId($"person-{DemoHouseholds.JulieLefevre}");
        await Expect(found.GetByTestId("person-name")).ToContainTextAsync("Lefèvre");
        await found.GetByTestId("open-case").ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync(new Regex(@"^Dossier GE-\d{4}-\d{4}$"));
        var reference = (await worker.Locator("h1").TextContentAsync())!["Dossier ".Length..];
        var casePage = worker.Url;
        await worker.GetByTestId("request-type-Dis").ClickAsync();
        await worker.GetByTestId("file-request").ClickAsync();
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("in onderzoek");
        await App.Workflows.DeliverOutboxAsync();

        // The integration lets Gent read the National Register: its household lists her two children.
        await worker.GotoInteractiveAsync(casePage);
        var official = worker.GetByTestId("official-household");
        await Expect(official.Locator("tbody tr").Filter(new() { HasText = "Lefèvre Emma" })).ToContainTextAsync("Kind");
        await Expect(official.Locator("tbody tr").Filter(new() { HasText = "Lefèvre Noah" })).ToContainTextAsync("Kind");
        await worker.SaveScreenshotAsync("case-official-household-nl");

        // Resources: a negative rent is kept as typed and refused at once, in Dutch; the task is not completed.
        await worker.OpenTaskFromInboxAsync(reference, "Bestaansmiddelen en lasten invoeren");
        var panel = worker.GetByTestId("task-panel");
        await worker.GetByTestId("choice-category-FamilyWithDependants").ClickAsync();
        await panel.Locator("[data-testid=field-rent] input").FillAsync("-5");
        await Expect(panel.GetByTestId("field-rent")).ToContainTextAsync("Huur (maandelijks) moet minstens 0 zijn.");
        await worker.GetByTestId("complete-task").ClickAsync();
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.Locator("[data-testid=field-rent] input")).ToHaveValueAsync("-5");
        await worker.SaveScreenshotAsync("task-form-live-check-nl");
        await panel.Locator("[data-testid=field-rent] input").FillAsync("650");
        await Expect(panel.GetByTestId("field-rent")).Not.ToContainTextAsync("minstens");
        await CompleteTaskAsync(worker);

        await worker.OpenTaskFromInboxAsync(reference, "Sociaal verslag en voorstel");
        await worker.GetByTestId("task-panel").Locator("[data-testid=field-report] textarea").First.FillAsync("Alleenstaande moeder van twee kinderen, werkloos sinds 2024.");
        await worker.GetByTestId("choice-proposal-Grant").ClickAsync();
        await CompleteTaskAsync(worker);

        // The Council's decision: dated tomorrow, then ending before it starts — each said while typing, nothing sent.
        var manager = await browser.NewPageAsync(App);
        await manager.SignInAsync("gent-manager", "/inbox");
        await manager.OpenTaskFromInboxAsync(reference, "Beslissing van de Raad", team: true);
        var decision = manager.GetByTestId("task-panel");
        var today = Clock.BelgianToday;
        await manager.GetByTestId("choice-decision-Granted").ClickAsync();
        await decision.Locator("[data-testid=field-decidedOn] input").FillAsync(Iso(today.AddDays(1)));
        await Expect(decision.GetByTestId("field-decidedOn")).ToContainTextAsync(
            $"Beslist op: {Belgian(today.AddDays(1))} ligt in de toekomst (vandaag is het {Belgian(today)}).");
        await decision.Locator("[data-testid=field-from] input").FillAsync(Iso(today));
        await decision.Locator("[data-testid=field-until] input").FillAsync(Iso(today.AddDays(-1)));
        await Expect(decision.GetByTestId("field-until")).ToContainTextAsync($"Tot: het einde ({Belgian(today.AddDays(-1))}) valt vóór het begin ({Belgian(today)}).");
        await manager.GetByTestId("complete-task").ClickAsync();
        await Expect(decision).ToBeVisibleAsync();
        await manager.SaveScreenshotAsync("council-decision-live-check-nl");

        await decision.Locator("[data-testid=field-decidedOn] input").FillAsync(Iso(today));
        await decision.Locator("[data-testid=field-until] input").FillAsync(Iso(today.AddMonths(6)));
        await Expect(decision.GetByTestId("field-decidedOn")).Not.ToContainTextAsync("toekomst");
        await Expect(decision.GetByTestId("field-until")).Not.ToContainTextAsync("vóór het begin");
        await CompleteTaskAsync(manager);

        // Form B and the A036 leave for the SPP-IS, which answers; the letter is written.
        await App.Workflows.DeliverOutboxAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        (await App.Workflows.PollAnswersAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await App.Workflows.DeliverOutboxAsync();

        await worker.GotoInteractiveAsync(casePage);
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("aanvaard door POD MI");
        await Expect(worker.GetByTestId("decision-row").Locator("td")).ToContainTextAsync(["toekenning", "Met gezinslast (cat. 3)"]);
        await Expect(worker.GetByTestId("letter-row")).ToHaveCountAsync(1);
        await worker.GetByTestId("letter-preview").ClickAsync();
        var letter = worker.FrameLocator("[data-testid=letter-frame]").Locator("body");
        await Expect(letter).ToContainTextAsync("OCMW Gent");
        await Expect(letter).ToContainTextAsync("Lefèvre");
        await Expect(letter).ToContainTextAsync("Pieter Claes");
        await worker.SaveScreenshotAsync("dis-letter-nl", fullPage: false);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Belgian(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task CompleteTaskAsync(IPage page)
    {
        await page.GetByTestId("complete-task").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToHaveCountAsync(0);
        await App.Workflows.DeliverOutboxAsync();
    }
}
