using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

[Collection(BrowserCollection.Name)]
public sealed class InboxTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task GentSocialWorker_OpensTheInbox_SeesTheTasksInDutchClaimsOneAndOpensIt()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("gent-social-worker", "/inbox");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Inbox");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Mijn taken (3)" })).ToBeVisibleAsync();
        var mine = page.GetByTestId("my-tasks");
        await Expect(mine.Locator("th")).ToContainTextAsync(["Vervaldatum", "Taak", "Persoon", "Dossier", "Prioriteit"]);
        await Expect(mine).ToContainTextAsync(DemoTasks.OverdueTypeName);
        await Expect(mine).Not.ToContainTextAsync(DemoTasks.OverdueTitle);
        await Expect(mine.Locator("[data-due=overdue]")).ToContainTextAsync("Te laat");
        await Expect(mine).ToContainTextAsync("GE-2026-0001");
        await page.SaveScreenshotAsync("inbox");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Taken van mijn team") }).ClickAsync();
        var team = page.GetByTestId("team-tasks");
        // The three tasks seeded here and the demo's two requests waiting for Gent's social worker, each once.
        await Expect(team.Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(team.Locator("[data-due=duesoon]")).ToContainTextAsync("Vervalt binnenkort");
        await Expect(team).Not.ToContainTextAsync(DemoTasks.NamurTitle);
        await page.SaveScreenshotAsync("inbox-team");

        var dueSoon = team.Locator("tbody tr").Filter(new() { HasText = DemoTasks.DueSoonTypeName, Has = page.Locator("[data-due=duesoon]") });
        await Expect(dueSoon.GetByTestId("task-priority")).ToHaveTextAsync("hoog");
        await dueSoon.GetByRole(AriaRole.Button, new() { Name = $"Taak {DemoTasks.DueSoonTypeName} opnemen" }).ClickAsync();

        await Expect(page.GetByText("De taak is aan u toegewezen.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Mijn taken (4)" })).ToBeVisibleAsync();
        await Expect(dueSoon.GetByRole(AriaRole.Button, new() { Name = $"Taak {DemoTasks.DueSoonTypeName} vrijgeven" })).ToBeVisibleAsync();

        // The claimed task opens in Dutch too, beside the list that stays in sight: its status, its case, the claim in
        // its history, the form's button.
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Mijn taken") }).ClickAsync();
        await mine.Locator("tbody tr").Filter(new() { HasText = DemoTasks.DueSoonTypeName, Has = page.Locator("[data-due=duesoon]") }).GetByTestId("task-link").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
        await Expect(mine).ToBeVisibleAsync();

        await Expect(page.GetByTestId("task-title")).ToHaveTextAsync(DemoTasks.DueSoonTypeName);
        await Expect(page.GetByTestId("task-type")).ToHaveTextAsync("Sociaal verslag en voorstel");
        await Expect(page.GetByTestId("task-status")).ToHaveTextAsync("opgenomen");
        await Expect(page.GetByTestId("task-context")).ToContainTextAsync("Context van het dossier");
        await Expect(page.GetByTestId("task-case-link")).ToHaveTextAsync("GE-2026-0002");
        await Expect(page.GetByTestId("task-history")).ToContainTextAsync("Opgenomen");
        await Expect(page.GetByTestId("complete-task")).ToHaveTextAsync("Taak afronden");
        await page.SaveScreenshotAsync("task-page-nl");
    }

    [BrowserFact]
    public async Task NamurManager_InFrench_SearchesByName_GivesATaskToAColleague_AndWorksTheListByKeyboard()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-manager", "/inbox?tab=team");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Boîte de réception");
        await Expect(page.GetByRole(AriaRole.Tab)).ToContainTextAsync(["Mes tâches", "Non assignées, pour mes rôles", "Tâches de mon équipe"]);
        var team = page.GetByTestId("team-tasks");
        await Expect(team.Locator("th")).ToContainTextAsync(["Échéance", "Tâche", "Personne", "Dossier", "Priorité", "Attribuée à"]);
        await Expect(team.Locator("tbody tr").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("inbox-manager-fr");

        // Search by name: only the tasks of Thomas Martin's case.
        await page.GetByLabel("Personne (nom ou NISS)").FillAsync("martin");
        await page.GetByTestId("apply-filters").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("q=martin"));
        await Expect(team.Locator("tbody tr").First).ToContainTextAsync("NA-2026-0001");
        await Expect(team.Locator("tbody tr").Filter(new() { HasNotText = "NA-2026-0001" })).ToHaveCountAsync(0);
        await Expect(team.Locator("tbody tr").First.GetByTestId("task-person")).ToContainTextAsync("Martin Thomas");

        // A manager gives the Council's task to Amélie Dubois; the list says so at once.
        var council = team.Locator("tbody tr").Filter(new() { HasText = "Décision du Conseil" });
        await council.GetByTestId("reassign").Locator("button").ClickAsync();
        await page.Locator("[data-testid=reassign-to][data-user=namur-social-worker]").ClickAsync();
        await Expect(page.GetByText("La tâche est confiée à Amélie Dubois.")).ToBeVisibleAsync();
        await Expect(council).ToContainTextAsync("Amélie Dubois");

        // Keyboard: the list takes the focus, ↓ chooses the first line, Enter opens it beside the list, Escape closes it.
        await page.GetByTestId("team-tasks-keys").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("task-panel").GetByTestId("task-title")).ToBeVisibleAsync();
        await Expect(team).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("inbox-task-beside-fr");
        await page.GetByTestId("team-tasks-keys").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByTestId("task-panel")).ToHaveCountAsync(0);
    }
}
