using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

[Collection(BrowserCollection.Name)]
public sealed class CaseWorkTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task NamurSocialWorker_FilesADisRequest_SeesItUnderInvestigationWithItsJournal()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-social-worker", "/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "NA-2026-0003" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossier NA-2026-0003");

        await page.GetByTestId("file-request").ClickAsync();

        var requests = page.GetByTestId("case-requests");
        await Expect(requests.GetByTestId("request-row")).ToContainTextAsync("DIS (revenu d'intégration)");
        await Expect(requests.GetByTestId("request-status")).ToHaveTextAsync("en enquête");
        await requests.GetByText("Journal du processus").ClickAsync();
        await Expect(requests.GetByTestId("request-journal")).ToContainTextAsync("démarré");
        await page.SaveScreenshotAsync("case-file");
    }

    [BrowserFact]
    public async Task NamurSocialWorker_OpensATaskFromTheInbox_SeesItsTypeContextAndHistoryInFrench()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-social-worker", "/inbox");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Tâches de mon équipe") }).ClickAsync();

        // The inbox names the task by its type in French (not by the title stored with it), and opens it beside the list.
        await page.GetByTestId("team-tasks").GetByRole(AriaRole.Link, new() { Name = DemoTasks.NamurTypeName }).ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();

        await Expect(page.GetByTestId("task-title")).ToHaveTextAsync(DemoTasks.NamurTypeName);
        await Expect(page.GetByTestId("task-type")).ToHaveTextAsync("Encoder les ressources et charges");
        await Expect(page.GetByTestId("task-status")).ToHaveTextAsync("ouverte");
        await Expect(page.GetByTestId("task-context")).ToContainTextAsync("NA-2026-0001");
        await Expect(page.GetByTestId("task-history")).ToContainTextAsync("Rien d'enregistré pour l'instant.");
        await Expect(page.GetByTestId("complete-task")).ToHaveTextAsync("Clôturer la tâche");
        await page.SaveScreenshotAsync("task-page");
    }
}
