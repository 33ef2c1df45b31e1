using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Testing.Host;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 7: a whole DIS request in the browser, in French, on the real definition, from the person found by NISS to
/// the letter. Between two screens the test does what Hangfire would do (deliver the outbox, let the SPP-IS answer),
/// so each screen shows the workflow's next step.
/// It runs on an app of its own: it opens a case and moves the clock, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DisFlowTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    private ShiftedClock Clock => separate.Clock;

    [BrowserFact]
    public async Task DisRequest_FromThePersonFoundByNissToTheCouncilsGrant_EndsWithTheFormAcceptedAndTheLetterOnTheCasePage()
    {
        // A person the embedded BCSS and SPP-IS simulator know, so the integration, consultations and form go through.
        var person = SimulatedPersons.Adults[10];
        var worker = await browser.NewPageAsync(App);
        await worker.SignInAsync("namur-social-worker", "/persons");

        // Find the person by NISS in the National Register, open a case for them and file a DIS request on it.
        await worker.GetByRole(AriaRole.Textbox, new() { Name = "NISS", Exact = true }).FillAsync(person.Niss.ToString());
        await worker.GetByTestId("search-niss").ClickAsync();
        var found = worker.GetByTestId($"person-{person.Niss}");
        await Expect(found.GetByTestId("person-name")).ToContainTextAsync(person.Name.LastName);
        await worker.SaveScreenshotAsync("dis-persons");
        await found.GetByTestId("open-case").ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync(new Regex(@"^Dossier NA-\d{4}-\d{4}$"));
        var reference = (await worker.Locator("h1").TextContentAsync())!["Dossier ".Length..];
        var casePage = worker.Url;
        await worker.GetByTestId("request-type-Dis").ClickAsync();
        await worker.GetByTestId("file-request").ClickAsync();
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("en enquête");
        await App.Workflows.DeliverOutboxAsync();

        // A second DIS while this one is open is refused, naming the open one (issue 12): still one request on the case.
        await worker.GetByTestId("file-request").ClickAsync();
        await Expect(worker.GetByText(new Regex("a déjà une demande ouverte de ce type : DIS"))).ToBeVisibleAsync();
        await Expect(worker.GetByTestId("request-status")).ToHaveCountAsync(1);

        // Resources and expenses, a task of the case's social worker: a part-time wage and a rent.
        await OpenTaskFromInboxAsync(worker, reference, "Encoder les ressources et charges", screenshot: "dis-inbox");
        await worker.GetByTestId("choice-category-Isolated").ClickAsync();
        await worker.GetByTestId("task-panel").GetByLabel("Revenus professionnels du demandeur (mensuels)").FillAsync("600");
        await worker.GetByTestId("task-panel").GetByLabel("Loyer (mensuel)").FillAsync("550");
        await worker.SaveScreenshotAsync("dis-task-form");
        await CompleteTaskAsync(worker);

        // Social report and proposal to grant.
        await OpenTaskFromInboxAsync(worker, reference, "Rapport social et proposition");
        await worker.GetByTestId("task-panel").GetByLabel("Rapport social").FillAsync("Vit seul, travaille à temps partiel ; loyer de 550 €.");
        await worker.GetByTestId("choice-proposal-Grant").ClickAsync();
        await CompleteTaskAsync(worker);
        await worker.GotoInteractiveAsync(casePage);
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("soumise au Conseil");

        // The Council's decision is the managers' task (its candidate role): the social worker's inbox does not offer it,
        // a manager signs in, finds it among the team's tasks and grants.
        await worker.GotoInteractiveAsync("/inbox");
        await worker.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Tâches de mon équipe") }).ClickAsync();
        await Expect(worker.GetByTestId("team-tasks")).ToBeVisibleAsync();
        await Expect(worker.GetByTestId("team-tasks").Locator("tbody tr").Filter(new() { HasText = reference })).ToHaveCountAsync(0);

        // Opened by its address, the Council's task tells the social worker, in French, why it is not theirs, and offers no form
        // (the rule the API applies too, issue 12).
        var councilTask = await OpenTaskIdAsync(casePage[(casePage.LastIndexOf('/') + 1)..], "council-decision");
        await worker.GotoInteractiveAsync($"/tasks/{councilTask}");
        await Expect(worker.GetByTestId("task-not-yours")).ToContainTextAsync("Cette tâche est réservée au rôle « responsable » : vous ne pouvez pas la traiter.");
        await Expect(worker.GetByTestId("complete-task")).ToHaveCountAsync(0);
        await worker.SaveScreenshotAsync("task-not-yours");
        var manager = await browser.NewPageAsync(App);
        await manager.SignInAsync("namur-manager", "/inbox");
        await OpenTaskFromInboxAsync(manager, reference, "Décision du Conseil", team: true);
        await manager.GetByTestId("choice-decision-Granted").ClickAsync();
        await manager.GetByTestId("task-panel").GetByLabel("Décidé le").FillAsync(Clock.BelgianToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await manager.SaveScreenshotAsync("dis-council-decision");
        await CompleteTaskAsync(manager);

        // The form B leaves for the SPP-IS, which answers a few minutes later; the letter is written.
        await App.Workflows.DeliverOutboxAsync();
        Clock.Advance(TimeSpan.FromMinutes(10));
        (await App.Workflows.PollAnswersAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await App.Workflows.DeliverOutboxAsync();

        await worker.GotoInteractiveAsync(casePage);
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("acceptée par le SPP-IS");
        await Expect(worker.GetByTestId("decision-row").Locator("td")).ToContainTextAsync(["DIS (revenu d'intégration)", "octroi", "Isolé (cat. 2)"]);
        var forms = worker.GetByTestId("form-row");
        await Expect(forms.Filter(new() { HasText = "Revenu d'intégration : octroi ou refus (SPP-IS)" }).GetByTestId("form-status")).ToHaveTextAsync("accepté");
        // dis/v2 (ADR 0108): the A036 leaves with the decision, not after the form's answer, so the SPP-IS has answered it too.
        await Expect(forms.Filter(new() { HasText = "Attestation multifonctionnelle (A036)" }).GetByTestId("form-status")).ToHaveTextAsync("accepté");
        await Expect(worker.GetByTestId("letter-row")).ToHaveCountAsync(1);
        await worker.SaveScreenshotAsync("dis-case-decision");

        await worker.GetByTestId("letter-preview").ClickAsync();
        var letter = worker.FrameLocator("[data-testid=letter-frame]").Locator("body");
        await Expect(letter).ToContainTextAsync("CPAS de Namur");
        await Expect(letter).ToContainTextAsync("Rue de Dave 165");
        await Expect(letter).ToContainTextAsync(person.Name.LastName);
        await worker.SaveScreenshotAsync("dis-letter", fullPage: false);
    }

    /// <summary>Opens the case's one task of a type from the inbox tab where it must be: the user's own tasks or the team's.</summary>
    private static async Task OpenTaskFromInboxAsync(IPage page, string reference, string type, bool team = false, string? screenshot = null)
    {
        await page.GotoInteractiveAsync("/inbox");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Boîte de réception");
        if (team)
        {
            await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Tâches de mon équipe") }).ClickAsync();
        }

        var row = page.GetByTestId(team ? "team-tasks" : "my-tasks").Locator("tbody tr")
            .Filter(new() { HasText = reference }).Filter(new() { HasText = type });
        await Expect(row).ToHaveCountAsync(1);
        if (screenshot is not null)
        {
            await page.SaveScreenshotAsync(screenshot);
        }

        // The task opens beside the list, which stays in sight.
        await row.GetByTestId("task-link").ClickAsync();
        await Expect(page.GetByTestId("task-panel").GetByTestId("task-type")).ToHaveTextAsync(type);
        await Expect(page.GetByTestId(team ? "team-tasks" : "my-tasks")).ToBeVisibleAsync();
    }

    /// <summary>The id of the case's open task of a type, as a link in an e-mail would carry it.</summary>
    private async Task<Guid> OpenTaskIdAsync(string caseId, string taskType)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>().Set<HumanTask>()
            .Where(task => task.CaseId == caseId && task.TaskType == taskType && task.Status == HumanTaskStatus.Open)
            .Select(task => task.Id)
            .SingleAsync();
    }

    /// <summary>Completes the task open beside the inbox: the panel closes, the list stays, and the workflow takes its next step.</summary>
    private async Task CompleteTaskAsync(IPage page)
    {
        await page.GetByTestId("complete-task").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToHaveCountAsync(0);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Boîte de réception");
        await App.Workflows.DeliverOutboxAsync();
    }
}
