using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Testing.Web;
using PrimaWeb.Workflows.Web.Features.Requests;
using PrimaWeb.Workflows.Web.Security;
using static Microsoft.Playwright.Assertions;

namespace PrimaWeb.Workflows.EndToEnd.Tests.Features;

/// <summary>
/// Issue 16: an administrator retries a failed step from the incidents screen. It runs on an app of its own: it files a
/// request and leaves its workflow faulted, which the shared app's tests must not see.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IncidentsTests(BrowserFixture browser, SeparateAppFixture separate) : IClassFixture<SeparateAppFixture>
{
    private PrimaWebFactory App => separate.App;

    [BrowserFact]
    public async Task Administrator_RetriesAFailedStepFromTheScreen_AndSeesItResolved()
    {
        await OpenIncidentAsync("NA-2026-0002");
        var admin = await browser.NewPageAsync(App);
        await admin.SignInAsync("namur-admin", "/incidents");

        await Expect(admin.Locator("h1")).ToHaveTextAsync("Incidents");
        await Expect(admin.GetByTestId("hangfire-link")).ToHaveAttributeAsync("href", "/hangfire");
        var row = admin.GetByTestId("incident-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("NA-2026-0002");
        await Expect(row).ToContainTextAsync("La BCSS a répondu 503.");
        await row.Locator("input[type=checkbox]").CheckAsync();
        await Expect(admin.GetByTestId("selected-count")).ToHaveTextAsync("1 sélectionné(s)");
        await admin.SaveScreenshotAsync("incidents");

        await admin.GetByTestId("retry").ClickAsync();

        await Expect(admin.GetByTestId("incident-result")).ToContainTextAsync("NA-2026-0002");
        await Expect(admin.GetByTestId("incident-result")).ToHaveAttributeAsync("data-outcome", "retried");
        await Expect(admin.GetByTestId("no-incidents")).ToHaveTextAsync("Aucun incident ouvert.");
    }

    /// <summary>A DIS request filed on the case, its workflow left as the engine leaves a step that keeps failing.</summary>
    private async Task OpenIncidentAsync(string reference)
    {
        var scopes = new UserScopes(App.Services.GetRequiredService<IServiceScopeFactory>(), new NamurSocialWorker());
        Guid requestId;
        await using (var scope = scopes.Create())
        {
            var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
            var @case = await db.Cases.SingleAsync(c => c.Reference == reference);
            var today = Domain.Common.LegalClock.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            requestId = (await scope.ServiceProvider.GetRequiredService<RequestFiling>().FileAsync(@case, RequestType.Dis, today, today, details: null, CancellationToken.None)).Id;
        }

        await FailedStep.OpenIncidentAsync(App.Services, requestId, "La BCSS a répondu 503.");
    }

    private sealed class NamurSocialWorker : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "namur-social-worker"),
            new Claim(ClaimTypes.Role, Domain.Staff.Roles.SocialWorker),
            new Claim(PrimaWebClaimTypes.Tenant, "cpas-namur"),
        ], "test"));

        public string UserId => "namur-social-worker";

        public string DisplayName => "Amélie Dubois";

        public string TenantCode => "cpas-namur";

        public IReadOnlySet<string> Roles { get; } = new HashSet<string> { Domain.Staff.Roles.SocialWorker };

        public string Language => "fr";

        public bool IsInRole(string role) => Roles.Contains(role);
    }
}
