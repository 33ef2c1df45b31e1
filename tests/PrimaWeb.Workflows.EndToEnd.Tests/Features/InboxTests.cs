using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

[Collection(BrowserCollection.Name)]
public sealed class InboxTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task GentSocialWorker_OpensTheInbox_SeesTheTasksInDutchAndClaimsOne()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("gent-social-worker", "/inbox");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Inbox");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Mijn taken (1)" })).ToBeVisibleAsync();
        var mine = page.GetByTestId("my-tasks");
        await Expect(mine.Locator("th")).ToContainTextAsync(["Vervaldatum", "Taak", "Type", "Dossier", "Prioriteit"]);
        await Expect(mine).ToContainTextAsync(DemoTasks.OverdueTitle);
        await Expect(mine.Locator("[data-due=overdue]")).ToContainTextAsync("Te laat");
        await Expect(mine).ToContainTextAsync("GE-2026-0001");
        await page.SaveScreenshotAsync("inbox");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Taken van mijn team") }).ClickAsync();
        var team = page.GetByTestId("team-tasks");
        await Expect(team.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(team.Locator("[data-due=duesoon]")).ToContainTextAsync("Vervalt binnenkort");
        await Expect(team).Not.ToContainTextAsync(DemoTasks.NamurTitle);
        await page.SaveScreenshotAsync("inbox-team");

        await team.GetByRole(AriaRole.Button, new() { Name = $"Taak {DemoTasks.DueSoonTitle} opnemen" }).ClickAsync();

        await Expect(page.GetByText("De taak is aan u toegewezen.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Mijn taken (2)" })).ToBeVisibleAsync();
        await Expect(team.GetByRole(AriaRole.Button, new() { Name = $"Taak {DemoTasks.DueSoonTitle} vrijgeven" })).ToBeVisibleAsync();
    }
}
