using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Data;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

[Collection(BrowserCollection.Name)]
public sealed class CaseScreensTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task NamurSocialWorker_SignsIn_SeesTheCaseListAndACaseInFrench()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync("namur-social-worker");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossiers du CPAS de Namur");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        var table = page.Locator("[data-testid=cases]");
        await Expect(table.Locator("th")).ToContainTextAsync(["Référence", "Personne", "Ouvert le", "Statut", "Assistant social"]);
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(table).ToContainTextAsync("Martin Thomas");
        await Expect(table).ToContainTextAsync("Amélie Dubois");
        await Expect(table).Not.ToContainTextAsync("GE-2026-");
        await Expect(page.GetByTestId("current-tenant")).ToHaveTextAsync("CPAS de Namur");
        await page.SaveScreenshotAsync("case-list");

        await page.GetByLabel("Rechercher (référence, nom, NISS)").FillAsync("Lefèvre");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(table.Locator("tbody tr")).ToContainTextAsync("NA-2026-0002");

        await page.GetByLabel("Rechercher (référence, nom, NISS)").FillAsync("");
        await page.GetByRole(AriaRole.Link, new() { Name = "NA-2026-0001" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossier NA-2026-0001");
        await Expect(page.GetByTestId("official-household")).ToContainTextAsync("Ménage officiel (Registre national)");
        await Expect(page.GetByTestId("official-household")).ToContainTextAsync("Martin Lucas");
        await Expect(page.GetByTestId("official-household")).ToContainTextAsync("Enfant");
        await Expect(page.GetByTestId("de-facto-household")).ToContainTextAsync("Ménage de fait");
        await Expect(page.GetByTestId("main-person")).ToContainTextAsync("85.07.30-033.28");
        await page.SaveScreenshotAsync("case-page");
    }

    [BrowserFact]
    public async Task NamurUser_OpensAGentCaseByUrl_SeesTheNotFoundPage()
    {
        var gentCase = await CaseIdAsync("GE-2026-0001");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-social-worker");

        await page.GotoInteractiveAsync($"/cases/{gentCase}");

        await Expect(page.GetByTestId("not-found")).ToContainTextAsync("Ce dossier n'existe pas ou appartient à un autre CPAS.");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Janssens");
        await page.SaveScreenshotAsync("case-not-found");
    }

    [BrowserFact]
    public async Task NamurSocialWorker_SwitchesToDutch_SeesTheSameListInDutch()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-social-worker", "/cases");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.App.BaseAddress, "/cases").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossiers van CPAS de Namur");
        await Expect(page.Locator("[data-testid=cases] th")).ToContainTextAsync(["Referentie", "Persoon", "Geopend op"]);
    }

    private async Task<Guid> CaseIdAsync(string reference)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return await db.Cases.IgnoreQueryFilters().Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
