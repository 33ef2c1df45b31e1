using System.Globalization;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Testing.Web;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 15: the functional analyst makes a legal change in French — opens dis v1, makes a draft, breaks a connection
/// and sees the error on the canvas, fixes it, compares, simulates to the first task and publishes for a later date.
/// On an app of its own: it adds and publishes a version, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(BrowserFixture browser, SeparateAppFixture separate, ITestOutputHelper output) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    [BrowserFact]
    public async Task Analyst_MakesALegalChange_FromDraftToPublicationForALaterDate()
    {
        var page = await browser.NewPageAsync(App);
        await page.SignInAsync("namur-analyst", "/designer");

        // The request types with their versions and running requests.
        await Expect(page.Locator("h1")).ToHaveTextAsync("Types de demande");
        var dis = page.Locator("[data-testid=definition][data-definition=dis]");
        await Expect(dis.Locator("[data-testid=version-row][data-version='1']")).ToContainTextAsync("Publiée");
        await page.SaveScreenshotAsync("designer-list");

        // dis v1 on the canvas, every activity drawn (the time it takes is reported for docs/benchmarks.md, not asserted).
        var drawing = System.Diagnostics.Stopwatch.StartNew();
        await dis.Locator("[data-testid=version-row][data-version='1'] [data-testid=open-version]").ClickAsync();
        var canvas = page.GetByTestId("designer-canvas");
        await Expect(canvas).ToHaveAttributeAsync("data-nodes", "78");
        await Expect(page.Locator(".designer-node")).ToHaveCountAsync(78);
        output.WriteLine($"dis v1 drawn (click to 78 nodes in the page): {drawing.ElapsedMilliseconds} ms");
        await page.GetByTestId("zoom-fit").ClickAsync();
        await page.SaveScreenshotAsync("designer-canvas", fullPage: false);

        // A draft of the next version.
        await page.GetByTestId("create-draft").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/designer/dis/versions/3$"));
        await Expect(page.GetByTestId("version-status")).ToHaveTextAsync("Brouillon");
        await Expect(page.GetByTestId("designer-valid")).ToBeVisibleAsync();

        // Start no longer leads anywhere: what followed it is unreachable, marked on the canvas and listed with its path.
        await SelectAsync(page, "start");
        await page.GetByTestId("property-panel").Locator("select[data-outcome=Done]").SelectOptionAsync("");
        var broken = page.Locator(".designer-node[data-activity=deadlines]");
        await Expect(broken).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-node--error"));
        await Expect(page.GetByTestId("error-row").First).ToContainTextAsync("Aucun chemin ne mène à cette activité");
        await page.SaveScreenshotAsync("designer-error", fullPage: false);

        // Fixed: connected again; then a real change, the label of the deadlines' step, saved.
        await page.GetByTestId("property-panel").Locator("select[data-outcome=Done]").SelectOptionAsync("deadlines");
        await Expect(broken).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-node--error"));
        await Expect(page.GetByTestId("designer-valid")).ToBeVisibleAsync();
        await SelectAsync(page, "deadlines");
        var label = page.GetByTestId("property-panel").GetByLabel("Libellé");
        await label.FillAsync("Calculer les délais (réforme 2027)");
        await label.PressAsync("Tab");
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByTestId("designer-message")).ToContainTextAsync("Enregistré");

        // v1 against the draft: the changed label.
        await page.GetByTestId("compare").ClickAsync();
        await Expect(page.GetByTestId("compare-from")).ToHaveValueAsync("2");
        await page.GetByTestId("compare-from").SelectOptionAsync("1");
        var changed = page.Locator("[data-testid=changed-activity][data-activity=deadlines]");
        await Expect(changed).ToContainTextAsync("Libellé modifié");
        await page.SaveScreenshotAsync("designer-comparison");

        // Simulated to the first task, on fictitious data.
        await page.GotoInteractiveAsync("/designer/dis/versions/3/simulation");
        await page.GetByTestId("simulation-start").ClickAsync();
        await Expect(page.GetByTestId("simulation-task").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.SaveScreenshotAsync("designer-simulation");

        // Published for a date to come.
        await page.GotoInteractiveAsync("/designer/dis/versions/3");
        var effective = separate.Clock.BelgianToday.AddDays(30);
        await page.GetByTestId("effective-from").FillAsync(effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("designer-message")).ToContainTextAsync("Publiée, en vigueur à partir du");
        await Expect(page.GetByTestId("version-status")).ToHaveTextAsync("Publiée");
        await page.SaveScreenshotAsync("designer-published", fullPage: false);

        // The same screens in Dutch.
        await page.GotoAsync("/account/language?culture=nl-BE&returnUrl=/designer");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Aanvraagtypes");
        await Expect(dis.Locator("[data-testid=version-row][data-version='3']")).ToContainTextAsync("Gepubliceerd");
        browser.CspViolations.ShouldBeEmpty();
    }

    /// <summary>Selects an activity on the canvas (the whole version fitted to the canvas first, so it is on screen).</summary>
    private static async Task SelectAsync(IPage page, string activity)
    {
        await page.GetByTestId("zoom-fit").ClickAsync();
        await page.Locator($".designer-node[data-activity={activity}]").ClickAsync();
        await Expect(page.GetByTestId("property-panel")).ToHaveAttributeAsync("data-activity", activity);
    }
}
