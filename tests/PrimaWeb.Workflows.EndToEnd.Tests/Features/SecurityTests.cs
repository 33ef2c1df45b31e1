using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Data;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// The host's protections in a real browser: the screens of every role work under the Content-Security-Policy with
/// nothing blocked, and a link on another site cannot make a signed-in user look someone up through the API.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Screens_OfEveryRole_RunUnderTheContentSecurityPolicyWithNothingBlocked()
    {
        var worker = await browser.NewPageAsync();
        var answer = await worker.GotoAsync("/account/sign-in");
        var headers = await answer!.AllHeadersAsync();
        headers["content-security-policy"].ShouldContain("frame-ancestors 'none'");
        headers["content-security-policy"].ShouldContain("script-src 'self' 'nonce-");
        headers["x-frame-options"].ShouldBe("DENY");
        headers["x-content-type-options"].ShouldBe("nosniff");

        await worker.SignInAsync("namur-social-worker", "/persons");
        await worker.GetByRole(AriaRole.Textbox, new() { Name = "NISS", Exact = true }).FillAsync("85.07.30-033.28");
        await worker.GetByTestId("search-niss").ClickAsync();
        await Expect(worker.GetByTestId("person-85073003328")).ToBeVisibleAsync();
        await worker.GotoInteractiveAsync("/cases");
        await worker.GetByRole(AriaRole.Link, new() { Name = "NA-2026-0001" }).ClickAsync();
        await Expect(worker.Locator("h1")).ToHaveTextAsync("Dossier NA-2026-0001");
        await worker.GotoInteractiveAsync("/inbox");
        await worker.GotoInteractiveAsync($"/tasks/{await TaskIdAsync(DemoTasks.NamurTitle)}");
        await Expect(worker.GetByTestId("task-title")).ToHaveTextAsync(DemoTasks.NamurTypeName);

        foreach (var (user, path) in new[] { ("namur-manager", "/dashboard"), ("namur-analyst", "/designer"), ("namur-admin", "/administration") })
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync(user, path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
        }

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("namur-admin");
        var dashboard = await admin.GotoAsync("/hangfire");
        dashboard!.Status.ShouldBe((int)HttpStatusCode.OK);
        (await dashboard.AllHeadersAsync())["x-frame-options"].ShouldBe("DENY");

        browser.CspViolations.ShouldBeEmpty();
    }

    [BrowserFact]
    public async Task PersonLookup_FromALinkOnAnotherSite_IsRefusedWithoutConsultingAnyone()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-social-worker");
        var lookup = new Uri(browser.App.BaseAddress, "/api/persons?niss=85073003328");

        // localhost and 127.0.0.1 are two sites to the browser: the link below is on "another site".
        var otherSite = new UriBuilder(browser.App.BaseAddress) { Host = "localhost", Path = "/account/sign-in" }.Uri;
        await page.GotoAsync(otherSite.ToString());
        await page.SetContentAsync($"<a id=lookup href=\"{lookup}\">look up</a>");
        var refused = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#lookup"), lookup.ToString());

        refused.Status.ShouldBe((int)HttpStatusCode.Forbidden);
        (await refused.TextAsync()).ShouldContain("autre site");

        // The same link followed within the application itself answers.
        var own = await browser.NewPageAsync();
        await own.SignInAsync("namur-social-worker");
        var answered = await own.GotoAsync(lookup.ToString());
        answered!.Status.ShouldBe((int)HttpStatusCode.OK);
    }

    [BrowserFact]
    public async Task CasePage_LoadedAndThenRunInteractively_IsAuditedOnce()
    {
        var caseId = await CaseIdAsync("NA-2026-0002");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("namur-manager");
        var before = await CasePageReadsAsync(caseId);

        // Prerendered by the server, then rendered again by the circuit: one view, one entry.
        await page.GotoInteractiveAsync($"/cases/{caseId}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dossier NA-2026-0002");

        (await CasePageReadsAsync(caseId)).ShouldBe(before + 1);
    }

    private async Task<Guid> CaseIdAsync(string reference)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return await db.Cases.IgnoreQueryFilters().Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }

    private async Task<int> CasePageReadsAsync(Guid caseId)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return await db.AuditRows.IgnoreQueryFilters().CountAsync(e => e.CaseId == caseId.ToString() && e.Service == "PrimaWeb:CasePage");
    }

    private async Task<Guid> TaskIdAsync(string title)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return await db.Set<PrimaWeb.Workflows.Engine.Tasks.HumanTask>().IgnoreQueryFilters()
            .Where(task => task.Title == title).Select(task => task.Id).SingleAsync();
    }
}
