using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 17, point 6, in French on the shared demo: the Council's form and the BIS form say why while the user types
/// (a decision dated tomorrow, an end before its start, 99,999,999,999 €, a birth date in 2099) and send nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormChecksTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task NamurManager_InFrench_TypesADecisionOfTomorrowEndingBeforeItsStart_IsToldWhyAndNothingIsDecided()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-manager", "/inbox");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Tâches de mon équipe") }).ClickAsync();
        var row = page.GetByTestId("team-tasks").Locator("tbody tr").Filter(new() { HasText = "NA-2026-0001" }).Filter(new() { HasText = "Décision du Conseil" });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("task-link").ClickAsync();
        var panel = page.GetByTestId("task-panel");
        await Expect(panel.GetByTestId("task-type")).ToHaveTextAsync("Décision du Conseil");
        var today = browser.Clock.BelgianToday;

        await page.GetByTestId("choice-decision-GrantedModified").ClickAsync();
        await panel.Locator("[data-testid=field-decidedOn] input").FillAsync(Iso(today.AddDays(1)));
        await panel.Locator("[data-testid=field-monthlyAmount] input").FillAsync("99999999999");
        await panel.Locator("[data-testid=field-from] input").FillAsync(Iso(today));
        await panel.Locator("[data-testid=field-until] input").FillAsync(Iso(today.AddDays(-1)));

        await Expect(panel.GetByTestId("field-decidedOn")).ToContainTextAsync(
            $"Décidé le : le {Belgian(today.AddDays(1))} est dans le futur (aujourd'hui : {Belgian(today)}).");
        await Expect(panel.GetByTestId("field-monthlyAmount")).ToContainTextAsync("Montant mensuel doit être au plus 1000000000.");
        await Expect(panel.GetByTestId("field-until")).ToContainTextAsync($"Au : la fin ({Belgian(today.AddDays(-1))}) précède le début ({Belgian(today)}).");
        await page.GetByTestId("complete-task").ClickAsync();
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("field-monthlyAmount")).ToContainTextAsync("Montant mensuel doit être au plus 1000000000.");
        await Expect(panel.Locator("[data-testid=field-monthlyAmount] input")).ToHaveValueAsync("99999999999");
        await page.SaveScreenshotAsync("council-decision-live-check");
        await page.GotoInteractiveAsync("/inbox");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Tâches de mon équipe") }).ClickAsync();
        await Expect(page.GetByTestId("team-tasks").Locator("tbody tr").Filter(new() { HasText = "NA-2026-0001" }).Filter(new() { HasText = "Décision du Conseil" }))
            .ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task NamurSocialWorker_InFrench_TypesABisBirthDateIn2099_IsToldItIsInTheFuture()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-social-worker", "/persons");
        await page.GetByTestId("bis-birthDate").FillAsync("2099");

        await Expect(page.GetByTestId("bis-form")).ToContainTextAsync($"Date de naissance : le 01/01/2099 est dans le futur (aujourd'hui : {Belgian(browser.Clock.BelgianToday)}).");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Belgian(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
