using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Testing.Host;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;
using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 17 point 1 on screen: the task a BCSS refusal of the integration raises says why in the user's language and
/// offers the ways out — correct the person's data and retry, withdraw the request, hand the task to the managers — and
/// a retry refused the same way says so instead of going round in circles.
/// Its own app: it opens cases and files requests, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RefusalTasksTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    [BrowserFact]
    public async Task NamurSocialWorker_InFrench_RetriesAnIntegrationRefusedForAMisspeltName_IsToldItWillNotPass_CorrectsTheNameAndTheRequestGoesOn()
    {
        // A person the registers know, whose last name was mistyped at the counter: the BCSS cannot authenticate her.
        var person = SimulatedPersons.Adults[20];
        var misspelt = person.Name.LastName + "x";
        var worker = await browser.NewPageAsync(App);
        await worker.SignInAsync("namur-social-worker", "/persons");
        await worker.GetByRole(AriaRole.Textbox, new() { Name = "NISS", Exact = true }).FillAsync(person.Niss.ToString());
        await worker.GetByTestId("search-niss").ClickAsync();
        await worker.GetByTestId($"person-{person.Niss}").GetByTestId("open-case").ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync(new Regex(@"^Dossier NA-\d{4}-\d{4}$"));
        var reference = (await worker.Locator("h1").TextContentAsync())!["Dossier ".Length..];
        var casePage = worker.Url;
        await RenameAsync(person.Niss.ToString(), "cpas-namur", misspelt, person.Name.FirstName);
        await FileDisAsync(worker, casePage, "en enquête");

        var panel = await worker.OpenTaskFromInboxAsync(reference, "Intégration refusée");
        var reasons = panel.GetByTestId("refusal-reasons");
        await Expect(reasons).ToContainTextAsync("Ce que le service a refusé");
        await Expect(reasons).ToContainTextAsync($"{misspelt} {person.Name.FirstName} ({person.Niss.Formatted}) : le nom ou la date de naissance envoyés ne correspondent pas aux registres");
        await Expect(reasons).Not.ToContainTextAsync("proof");
        // The workflow raised the task after the BCSS's answer: the history names the application, not its technical id.
        await Expect(panel.GetByTestId("task-history")).ToContainTextAsync("l'application");
        await Expect(panel.GetByTestId("task-history")).Not.ToContainTextAsync("system");
        await Expect(panel.GetByTestId("way-correct")).ToContainTextAsync("Corriger les données de la personne, puis réessayer");
        await Expect(panel.GetByTestId("way-withdraw")).ToHaveTextAsync("Retirer la demande");
        await Expect(panel.GetByTestId("way-managers")).ToHaveTextAsync("Confier la tâche aux responsables");
        await worker.SaveScreenshotAsync("refusal-task-fr");

        // Retried unchanged, the integration is refused again: the new task says so rather than loop in silence.
        await CompleteAsync(worker, panel);
        panel = await worker.OpenTaskFromInboxAsync(reference, "Intégration refusée");
        await Expect(panel.GetByTestId("refusal-again")).ToContainTextAsync("Tentative 2 : la nouvelle tentative a été refusée pour la même raison.");
        await Expect(panel.GetByTestId("way-withdraw")).ToBeVisibleAsync();
        await worker.SaveScreenshotAsync("refusal-task-again-fr");

        // The name typed as on the identity card, then the retry: the integration passes and the request goes on.
        await panel.Locator("input[data-testid=correct-last-name], [data-testid=correct-last-name] input").First.FillAsync(person.Name.LastName);
        await panel.Locator("input[data-testid=correct-first-name], [data-testid=correct-first-name] input").First.FillAsync(person.Name.FirstName);
        await panel.GetByTestId("correct-rename").ClickAsync();
        await Expect(worker.GetByText("Les données de la personne sont corrigées. Clôturez la tâche pour réessayer.")).ToBeVisibleAsync();
        await CompleteAsync(worker, panel);

        await worker.OpenTaskFromInboxAsync(reference, "Encoder les ressources et charges");
        await Expect(worker.GetByTestId("my-tasks").Locator("tbody tr").Filter(new() { HasText = reference }).Filter(new() { HasText = "Intégration refusée" })).ToHaveCountAsync(0);
        await worker.GotoInteractiveAsync(casePage);
        await Expect(worker.GetByTestId("main-person")).ToContainTextAsync($"{person.Name.LastName} {person.Name.FirstName}");
        // Each refused attempt's line is cancelled in the application's register too; the retry's line holds.
        var integrations = worker.GetByTestId("case-integrations").Locator("tbody tr").Filter(new() { HasText = person.Niss.ToString() });
        await Expect(integrations).ToHaveCountAsync(3);
        await Expect(integrations).ToContainTextAsync(["annulée", "annulée", "active"]);
        await Expect(worker.GetByTestId("request-status")).ToHaveTextAsync("en enquête");
    }

    [BrowserFact]
    public async Task GentSocialWorker_InDutch_HandsAnIntegrationRefusedForAnUnknownInszToTheManager_WhoWithdrawsTheRequest()
    {
        // A well-formed INSZ that no register knows, as a misread card would give.
        const long number = 450101950;
        var niss = Niss.Parse($"{number:000000000}{Niss.CheckDigits(number, 1900):00}", CultureInfo.InvariantCulture);
        var reference = await OpenCaseAsync("ocmw-gent", "GE-TEST-0001", niss, "gent-social-worker");
        var worker = await browser.NewPageAsync(App);
        await worker.SignInAsync("gent-social-worker", "/cases");
        await worker.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync($"Dossier {reference}");
        var casePage = worker.Url;
        await FileDisAsync(worker, casePage, "in onderzoek");

        var panel = await worker.OpenTaskFromInboxAsync(reference, "Integratie geweigerd");
        await Expect(panel.GetByTestId("refusal-reasons")).ToContainTextAsync("Wat de dienst weigerde");
        await Expect(panel.GetByTestId("refusal-reasons")).ToContainTextAsync($"Onbekend Persoon ({niss.Formatted}): geen enkel register kent dit INSZ");
        await Expect(panel.GetByTestId("way-correct")).ToContainTextAsync("De gegevens van de persoon verbeteren en opnieuw proberen");
        await Expect(panel.GetByTestId("way-withdraw")).ToHaveTextAsync("De aanvraag intrekken");
        await Expect(panel.GetByTestId("way-managers")).ToHaveTextAsync("De taak aan de verantwoordelijken geven");
        (await panel.GetByTestId("refusal-reasons").InnerTextAsync()).ShouldNotContain("does not exist");
        await Expect(panel.GetByTestId("task-history")).ToContainTextAsync("de toepassing");

        // The registers cannot correct an INSZ they do not know: said, and nothing changes.
        await panel.GetByTestId("correct-registers").ClickAsync();
        await Expect(panel.GetByTestId("correct-errors")).ToContainTextAsync($"Geen enkel register kent het INSZ {niss.Formatted}.");
        await worker.SaveScreenshotAsync("refusal-task-nl");

        // Handed to the managers: it leaves the social worker's tasks and waits, unassigned, in the manager's team.
        await panel.GetByTestId("way-managers").ClickAsync();
        await Expect(worker.GetByText("De taak is aan de verantwoordelijken gegeven.")).ToBeVisibleAsync();
        await worker.GotoInteractiveAsync("/inbox");
        await Expect(worker.GetByTestId("my-tasks").Locator("tbody tr").Filter(new() { HasText = reference })).ToHaveCountAsync(0);

        var manager = await browser.NewPageAsync(App);
        await manager.SignInAsync("gent-manager", "/inbox");
        var handed = await manager.OpenTaskFromInboxAsync(reference, "Integratie geweigerd", team: true);
        await Expect(handed.GetByTestId("way-withdraw")).ToBeVisibleAsync();
        await Expect(handed.GetByTestId("way-managers")).ToHaveCountAsync(0);
        await handed.GetByTestId("way-withdraw").ClickAsync();

        // The request is withdrawn and its workflow ended: the case says so and no task of it is left.
        await Expect(manager.Locator("h1")).ToHaveTextAsync($"Dossier {reference}");
        await Expect(manager.GetByTestId("request-status")).ToHaveTextAsync("ingetrokken");
        await manager.SaveScreenshotAsync("refusal-withdrawn-nl");
        await manager.GotoInteractiveAsync("/inbox?tab=team");
        await Expect(manager.GetByTestId("team-tasks").Locator("tbody tr").Filter(new() { HasText = reference })).ToHaveCountAsync(0);
    }

    /// <summary>Files a DIS on the case page and lets the outbox deliver the integration to the BCSS.</summary>
    private async Task FileDisAsync(IPage page, string casePage, string status)
    {
        await page.GotoInteractiveAsync(casePage);
        await page.GetByTestId("request-type-Dis").ClickAsync();
        await page.GetByTestId("file-request").ClickAsync();
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync(status);
        await App.Workflows.DeliverOutboxAsync();
    }

    /// <summary>Completes the refusal task open beside the inbox (it retries the step) and lets the outbox deliver.</summary>
    private async Task CompleteAsync(IPage page, ILocator panel)
    {
        await panel.GetByTestId("complete-task").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToHaveCountAsync(0);
        await App.Workflows.DeliverOutboxAsync();
    }

    private async Task RenameAsync(string niss, string tenant, string lastName, string firstName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var person = (await db.Persons.IgnoreQueryFilters().Where(p => p.TenantId == tenant).ToListAsync()).Single(p => p.Niss.ToString() == niss);
        person.Rename(lastName, firstName);
        await db.SaveChangesAsync();
    }

    /// <summary>A case for a person the CPAS typed in by hand (no register was asked), as a counter would open it.</summary>
    private async Task<string> OpenCaseAsync(string tenant, string reference, Niss niss, string socialWorker)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        var today = separate.Clock.BelgianToday;
        var person = new Person(tenant, niss, "Onbekend", "Persoon", new DateOnly(1945, 1, 1), Gender.Female, null, null, Language.Nl);
        db.Persons.Add(person);
        db.Cases.Add(new Case(tenant, reference, person.Id, today.AddDays(-1), today, socialWorker));
        await db.SaveChangesAsync();
        return reference;
    }
}
