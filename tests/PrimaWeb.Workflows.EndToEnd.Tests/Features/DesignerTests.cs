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

        // Read as it opens: each step under its label in French (else its activity's name), at a size that reads, from the top.
        await Expect(Node(page, "deadlines").GetByTestId("node-label")).ToHaveTextAsync("Calculer les délais légaux");
        await Expect(Node(page, "start").GetByTestId("node-label")).ToHaveTextAsync("Début");
        await Expect(page.Locator(".designer-node", new() { HasText = "Request.ComputeDeadlines" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".designer-node", new() { HasText = "Compute the legal deadlines" })).ToHaveCountAsync(0);
        await ShouldBeReadableOnTheCanvasAsync(page, "start");
        await ShouldBeReadableOnTheCanvasAsync(page, "deadlines");
        await page.SaveScreenshotAsync("designer-canvas", fullPage: false);

        // dis v2, in force today, reads the same way as it opens.
        await page.GotoInteractiveAsync("/designer/dis/versions/2");
        await Expect(Node(page, "deadlines").GetByTestId("node-label")).ToHaveTextAsync("Calculer les délais légaux");
        await ShouldBeReadableOnTheCanvasAsync(page, "start");
        await ShouldBeReadableOnTheCanvasAsync(page, "fork");
        await page.SaveScreenshotAsync("designer-canvas-v2", fullPage: false);
        await page.GotoInteractiveAsync("/designer/dis/versions/1");

        // The panel says what a step is in words; the technical type only in a detail for those who look for it.
        await SelectAsync(page, "start");
        var panel = page.GetByTestId("property-panel");
        await Expect(panel.GetByTestId("step-title")).ToHaveTextAsync("Début");
        await Expect(panel.GetByTestId("activity-kind")).ToHaveTextAsync("Début · Déroulement");
        await Expect(panel.GetByText("Core.Start")).Not.ToBeVisibleAsync();
        await panel.GetByTestId("technical-detail").Locator("summary").ClickAsync();
        await Expect(panel.GetByText("Core.Start")).ToBeVisibleAsync();

        // A draft of the next version (v3 is published for 1 January 2027).
        await page.GetByTestId("create-draft").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/designer/dis/versions/4$"));
        await Expect(page.GetByTestId("version-status")).ToHaveTextAsync("Brouillon");
        await Expect(page.GetByTestId("designer-valid")).ToBeVisibleAsync();

        // The palette offers each activity once, in its newest version (three versions of "Intégrer les personnes" exist).
        var palette = page.GetByTestId("designer-palette");
        await Expect(palette.Locator("[data-type='Bcss.IntegratePersons']")).ToHaveCountAsync(1);
        var integrate = new System.Text.RegularExpressions.Regex(@"^\s*\+ Intégrer les personnes\s*$");
        await Expect(palette.Locator(".designer-palette__item", new() { HasTextRegex = integrate })).ToHaveCountAsync(1);

        // Start no longer leads anywhere: the cause first — no connection leads to the deadlines' step, red on the
        // canvas and first in the list with its path — then the 76 steps cut off with it, faded and listed as one line.
        await SelectAsync(page, "start");
        await page.GetByTestId("property-panel").Locator("select[data-outcome=Done]").SelectOptionAsync("");
        var broken = Node(page, "deadlines");
        await Expect(broken).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-node--error"));
        await Expect(page.Locator(".designer-node--error")).ToHaveCountAsync(1);
        await Expect(page.Locator(".designer-node--unreachable")).ToHaveCountAsync(76);
        await Expect(page.GetByTestId("error-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("error-row").First).ToContainTextAsync("Aucun chemin ne mène à cette activité");
        await Expect(page.GetByTestId("error-row").First).ToContainTextAsync("Calculer les délais légaux");
        var consequences = page.GetByTestId("unreachable-group");
        await Expect(consequences).ToHaveAttributeAsync("data-count", "76");
        await Expect(consequences.Locator("summary")).ToHaveTextAsync("En conséquence, 76 étapes ne peuvent plus être atteintes (les afficher)");
        await Expect(page.GetByTestId("unreachable-row").First).Not.ToBeVisibleAsync();
        await page.GetByTestId("designer-errors").ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("designer-error", fullPage: false);
        await consequences.Locator("summary").ClickAsync();
        await Expect(page.GetByTestId("unreachable-row")).ToHaveCountAsync(76);

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
        await Expect(page.GetByTestId("compare-from")).ToHaveValueAsync("3");
        await page.GetByTestId("compare-from").SelectOptionAsync("1");
        var changed = page.Locator("[data-testid=changed-activity][data-activity=deadlines]");
        await Expect(changed).ToContainTextAsync("Libellé modifié");
        await page.SaveScreenshotAsync("designer-comparison");

        // Simulated to the first task, on fictitious data.
        await page.GotoInteractiveAsync("/designer/dis/versions/4/simulation");
        await page.GetByTestId("simulation-start").ClickAsync();
        await Expect(page.GetByTestId("simulation-task").First).ToBeVisibleAsync(new() { Timeout = 60_000 });

        // The path, the task and the timers name the steps by their labels, outcomes in words: no step id, no "Done".
        await Expect(page.GetByTestId("simulation-task-step")).ToHaveTextAsync("Ressources et charges");
        var path = page.GetByTestId("simulation-path");
        await Expect(path).ToContainTextAsync("Procédure et délai de décision");
        await Expect(path).ToContainTextAsync("Terminé");
        await Expect(path).Not.ToContainTextAsync("deadlines");
        await Expect(path).Not.ToContainTextAsync("Done");
        await page.SaveScreenshotAsync("designer-simulation");

        // Published for a date to come.
        await page.GotoInteractiveAsync("/designer/dis/versions/4");
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
        await Expect(dis.Locator("[data-testid=version-row][data-version='4']")).ToContainTextAsync("Gepubliceerd");
        browser.CspViolations.ShouldBeEmpty();
    }

    private static ILocator Node(IPage page, string activity) => page.Locator($".designer-node[data-activity={activity}]");

    /// <summary>
    /// The step is drawn inside the canvas at a size its label reads at (at least 0.8 of its 220 units), once the first
    /// view is set (the canvas measures itself after it is drawn; the view may follow its size for a moment).
    /// </summary>
    private static async Task ShouldBeReadableOnTheCanvasAsync(IPage page, string activity)
    {
        var canvasLocator = page.GetByTestId("designer-canvas");
        await Expect(canvasLocator).ToHaveAttributeAsync("data-view", "set");
        var (canvas, node) = await MeasureAsync(page, canvasLocator, activity);
        for (var attempt = 0; attempt < 50 && !Inside(canvas, node); attempt++)
        {
            await Task.Delay(100);
            (canvas, node) = await MeasureAsync(page, canvasLocator, activity);
        }

        node.Width.ShouldBeGreaterThanOrEqualTo(176, $"{activity} is drawn {node.Width:0} pixels wide");
        node.X.ShouldBeGreaterThanOrEqualTo(canvas.X);
        (node.X + node.Width).ShouldBeLessThanOrEqualTo(canvas.X + canvas.Width);
        node.Y.ShouldBeGreaterThanOrEqualTo(canvas.Y);
        (node.Y + node.Height).ShouldBeLessThanOrEqualTo(canvas.Y + canvas.Height);
    }

    private static async Task<(LocatorBoundingBoxResult Canvas, LocatorBoundingBoxResult Node)> MeasureAsync(IPage page, ILocator canvas, string activity) =>
        ((await canvas.BoundingBoxAsync())!, (await Node(page, activity).BoundingBoxAsync())!);

    private static bool Inside(LocatorBoundingBoxResult canvas, LocatorBoundingBoxResult node) =>
        node.X >= canvas.X && node.X + node.Width <= canvas.X + canvas.Width
        && node.Y >= canvas.Y && node.Y + node.Height <= canvas.Y + canvas.Height;

    /// <summary>Selects a step on the canvas (the first view set again first: the steps used here are at its top).</summary>
    private static async Task SelectAsync(IPage page, string activity)
    {
        await page.GetByTestId("zoom-fit").ClickAsync();
        await page.Locator($".designer-node[data-activity={activity}]").ClickAsync();
        await Expect(page.GetByTestId("property-panel")).ToHaveAttributeAsync("data-activity", activity);
    }
}
