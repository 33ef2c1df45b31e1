using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.Testing;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 15: the analyst moves running requests to a new version from the migration screen, in French then in Dutch —
/// chooses the source version and the requests, the target, runs the dry run (one request refused, with its reason in
/// words), runs the batch and reads each request's result. A definition of its own, with two waits: v2 drops the second.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MigrationScreenTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    [BrowserFact]
    public async Task Analyst_MigratesChosenRequests_SeesTheRefusedOneWithItsReasonAndEachResult()
    {
        await ImportAsync(Parked(1, "2026-01-01", withSecondWait: true));
        await ImportAsync(Parked(2, separate.Clock.BelgianToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), withSecondWait: false));
        var first = await StartOnV1Async(route: true);
        var kept = await StartOnV1Async(route: true);
        var second = await StartOnV1Async(route: false);

        var page = await browser.NewPageAsync(App);
        await page.SignInAsync("namur-analyst", "/designer/parked/migration");

        // Source v1 with its three requests, target v2; one request left out.
        await Expect(page.Locator("h1")).ToContainTextAsync("Migrer les demandes en cours vers une autre version");
        await Expect(page.GetByTestId("migration-from")).ToHaveValueAsync("1");
        await Expect(page.GetByTestId("migration-to")).ToHaveValueAsync("2");
        await Expect(page.GetByTestId("candidate")).ToHaveCountAsync(3);
        await Expect(Candidate(page, second)).ToContainTextAsync("en attente à : Attendre un signal");
        await Candidate(page, kept).Locator("input[type=checkbox]").UncheckAsync();
        await Expect(page.GetByTestId("chosen-count")).ToHaveTextAsync("2 demande(s) choisie(s) sur 3");

        // The dry run: the request waiting where v2 has nothing cannot move, and says why in words.
        await page.GetByTestId("dry-run").ClickAsync();
        await Expect(page.GetByTestId("dry-run-summary")).ToHaveTextAsync("1 peuvent migrer, 1 ne le peuvent pas");
        await Expect(page.GetByTestId("verdict")).ToHaveCountAsync(2);
        await Expect(Verdict(page, first)).ToHaveAttributeAsync("data-can-migrate", "true");
        await Expect(Verdict(page, first)).ToContainTextAsync("Peut migrer");
        await Expect(Verdict(page, second)).ToHaveAttributeAsync("data-can-migrate", "false");
        await Expect(Verdict(page, second).GetByTestId("verdict-detail"))
            .ToHaveTextAsync("elle attend à « Attendre un signal », que la v2 n'a pas : choisissez où elle continue");
        await Expect(page.GetByTestId("verdict").Filter(new() { HasText = "waitB" })).ToHaveCountAsync(0);

        // The batch: each request's result.
        await page.GetByTestId("start-migration").ClickAsync();
        await RunBatchesAsync();
        await Expect(page.GetByTestId("batch")).ToHaveAttributeAsync("data-status", "Finished", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("batch")).ToHaveTextAsync("1 migrée(s), 1 refusée(s), 0 en attente sur 2");
        await Expect(Item(page, first)).ToContainTextAsync("Migrée");
        await Expect(Item(page, second)).ToContainTextAsync("Refusée");
        await Expect(Item(page, second)).ToContainTextAsync("que la v2 n'a pas");
        await page.SaveScreenshotAsync("designer-migration");
        (await VersionOfAsync(first)).ShouldBe(2);
        (await VersionOfAsync(kept)).ShouldBe(1, "a request left out stays where it is");
        (await VersionOfAsync(second)).ShouldBe(1);

        // In Dutch: the two left on v1, the one waiting where v2 has nothing refused again, the other moved.
        await page.GotoAsync("/account/language?culture=nl-BE&returnUrl=/designer/parked/migration");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Lopende aanvragen naar een andere versie migreren");
        await Expect(page.GetByTestId("candidate")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("chosen-count")).ToHaveTextAsync("2 van 2 aanvragen gekozen");
        await page.GetByTestId("dry-run").ClickAsync();
        await Expect(page.GetByTestId("dry-run-summary")).ToHaveTextAsync("1 kunnen migreren, 1 niet");
        await Expect(Verdict(page, second).GetByTestId("verdict-detail"))
            .ToHaveTextAsync("ze wacht bij „Wachten op een signaal”, dat v2 niet heeft: kies waar ze verdergaat");
        await Expect(Verdict(page, kept)).ToContainTextAsync("Kan migreren");
        await page.GetByTestId("start-migration").ClickAsync();
        await RunBatchesAsync();
        await Expect(page.GetByTestId("batch")).ToHaveAttributeAsync("data-status", "Finished", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("batch")).ToHaveTextAsync("1 gemigreerd, 1 geweigerd, 0 wachtend van 2");
        await Expect(Item(page, kept)).ToContainTextAsync("Gemigreerd");
        await Expect(Item(page, second)).ToContainTextAsync("Geweigerd");
        (await VersionOfAsync(kept)).ShouldBe(2);
        browser.CspViolations.ShouldBeEmpty();
    }

    private static ILocator Candidate(IPage page, Guid instance) => page.Locator($"[data-testid=candidate][data-instance='{instance}']");

    private static ILocator Verdict(IPage page, Guid instance) => page.Locator($"[data-testid=verdict][data-instance='{instance}']");

    private static ILocator Item(IPage page, Guid instance) => page.Locator($"[data-testid=batch-item][data-instance='{instance}']");

    private static string Parked(int version, string effectiveFrom, bool withSecondWait) => new JsonObject
    {
        ["definitionId"] = "parked",
        ["version"] = version,
        ["name"] = "Deux attentes (essai)",
        ["effectiveFrom"] = effectiveFrom,
        ["status"] = "published",
        ["variables"] = new JsonArray(new JsonObject { ["name"] = "route", ["type"] = "boolean" }),
        ["activities"] = new JsonArray(
            [
                new JsonObject { ["id"] = "start", ["type"] = "Core.Start" },
                new JsonObject { ["id"] = "which", ["type"] = "Core.Decision", ["inputs"] = new JsonObject { ["condition"] = "route" } },
                new JsonObject { ["id"] = "waitA", ["type"] = "Core.WaitForSignal", ["inputs"] = new JsonObject { ["signal"] = "go" } },
                .. withSecondWait ? [new JsonObject { ["id"] = "waitB", ["type"] = "Core.WaitForSignal", ["inputs"] = new JsonObject { ["signal"] = "go" } }] : Array.Empty<JsonNode>(),
                new JsonObject { ["id"] = "end", ["type"] = "Core.End" },
            ]),
        ["connections"] = new JsonArray(
            [
                new JsonObject { ["from"] = "start", ["to"] = "which" },
                new JsonObject { ["from"] = "which", ["outcome"] = "True", ["to"] = "waitA" },
                new JsonObject { ["from"] = "which", ["outcome"] = "False", ["to"] = withSecondWait ? "waitB" : "waitA" },
                new JsonObject { ["from"] = "waitA", ["to"] = "end" },
                .. withSecondWait ? [new JsonObject { ["from"] = "waitB", ["to"] = "end" }] : Array.Empty<JsonNode>(),
            ]),
    }.ToJsonString();

    private async Task ImportAsync(string json)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DefinitionCatalog>().ImportAsync(json, CancellationToken.None);
    }

    private async Task<Guid> StartOnV1Async(bool route)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().StartAsync(
            new StartWorkflowRequest("parked") { Version = 1, Variables = new JsonObject { ["route"] = route } }, CancellationToken.None);
        return run.InstanceId;
    }

    /// <summary>What the batch's Hangfire job does (no Hangfire server runs beside a test's clock): every pending batch to its end.</summary>
    private async Task RunBatchesAsync()
    {
        IReadOnlyList<MigrationBatch> batches = [];
        await Eventually.UntilAsync("the batch to be stored", async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            batches = await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().ListUnfinishedMigrationBatchesAsync(CancellationToken.None);
            return batches.Count;
        }, count => count > 0);
        foreach (var batch in batches)
        {
            while (true)
            {
                await using var scope = App.Services.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<MigrationBatchRunner>().RunNextAsync(batch.Id, CancellationToken.None))
                {
                    break;
                }
            }
        }
    }

    private async Task<int> VersionOfAsync(Guid instance)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowStore>().FindInstanceAsync(instance, CancellationToken.None))!.DefinitionVersion;
    }
}
