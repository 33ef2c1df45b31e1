using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 16: the manager's dashboard in French on a shifted clock. It runs on an app of its own: it files requests and
/// moves the clock, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    private ShiftedClock Clock => separate.Clock;

    [BrowserFact]
    public async Task Manager_SeesADecisionBecomeOverdue_FiltersBySocialWorker_AndOpensTheCase()
    {
        // Two DIS requests received 25 days ago: the decision is due in 5 days, after the 3-day due-soon window.
        // NA-2026-0002 is Amélie Dubois's case; NA-2026-0003 has no social worker yet.
        await FileRequestsAsync(Clock.BelgianToday.AddDays(-25), "NA-2026-0002", "NA-2026-0003");
        var manager = await browser.NewPageAsync(App);
        await manager.SignInAsync("namur-manager", "/dashboard");

        await Expect(manager.Locator("h1")).ToHaveTextAsync("Tableau de bord");
        await Expect(manager.GetByTestId("due-soon-setting")).ToContainTextAsync("3 jour(s)");
        var decisions = manager.GetByTestId("deadline-card-decision");
        await Expect(decisions).ToContainTextAsync("Décision dans les 30 jours");
        await Expect(decisions).Not.ToContainTextAsync("NA-2026-0002");

        // Six days later the 30th day has passed: both decisions are overdue (a new day, a new sign-in).
        Clock.Advance(TimeSpan.FromDays(6));
        await manager.SignInAsync("namur-manager", "/dashboard");
        var overdue = manager.GetByTestId("deadlines-decision-overdue");
        await Expect(overdue).ToContainTextAsync("NA-2026-0002");
        await Expect(overdue).ToContainTextAsync("NA-2026-0003");
        var dueOn = Clock.BelgianToday.AddDays(-1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(overdue.Locator("[data-testid=deadline-row]", new() { HasText = "NA-2026-0002" })).ToContainTextAsync(dueOn);

        // Only Amélie Dubois's files: the filter goes into the address, the unassigned case leaves the list.
        await manager.GetByTestId("filter-social-worker").ClickAsync();
        await manager.Locator(".mud-popover-open").GetByText("Amélie Dubois", new() { Exact = true }).ClickAsync();
        await Expect(manager.GetByTestId("filter-social-worker")).ToHaveTextAsync("Amélie Dubois"); // chosen on the server before applying
        await manager.GetByTestId("apply-filters").ClickAsync();
        await Expect(manager).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("socialWorker=namur-social-worker"));
        await Expect(overdue).ToContainTextAsync("NA-2026-0002");
        await Expect(overdue).Not.ToContainTextAsync("NA-2026-0003");
        await manager.SaveScreenshotAsync("dashboard");

        await overdue.GetByRole(AriaRole.Link, new() { Name = "NA-2026-0002" }).ClickAsync();
        await Expect(manager).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cases/[0-9a-f-]{36}$"));
        await Expect(manager.Locator("h1")).ToContainTextAsync("NA-2026-0002");
    }

    private async Task FileRequestsAsync(DateOnly receivedOn, params string[] references)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        foreach (var reference in references)
        {
            var @case = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Reference == reference);
            db.Requests.Add(new Request(@case.TenantId, @case.Id, RequestType.Dis, receivedOn, Clock.BelgianToday));
        }

        await db.SaveChangesAsync();
    }
}
