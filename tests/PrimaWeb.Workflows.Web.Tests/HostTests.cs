using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Web.Features.Cases;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>The host end to end over HTTP: start-up (migrate, seed), sign-in, tenant-scoped pages and API, health.</summary>
public sealed class HostTests : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Health_Anonymous_AnswersHealthy()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Start_EmptyDatabase_MigratesAndSeedsBothDemoCpas()
    {
        _app.CreateClient().Dispose();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Tenants.Select(tenant => tenant.Id).ToListAsync()).ShouldBe(["cpas-namur", "ocmw-gent"], ignoreOrder: true);
        (await db.Cases.IgnoreQueryFilters().GroupBy(c => c.TenantId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ShouldAllBe(group => group.Count >= 2);
        (await db.Requests.IgnoreQueryFilters().CountAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Start_SecondTimeOnTheSameDatabase_SeedsNothingMore()
    {
        _app.CreateClient().Dispose();
        var before = await CountRowsAsync(_app);

        using var restarted = new PrimaWebFactory { DatabaseFile = _app.DatabaseFile, KeepsDatabase = true };
        restarted.CreateClient().Dispose();

        (await CountRowsAsync(restarted)).ShouldBe(before);
    }

    [Fact]
    public async Task CasesPage_Anonymous_RedirectsToSignIn()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().PathAndQuery.ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task CasesApi_Anonymous_Answers401()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/api/cases", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CasesPage_NamurSocialWorker_ListsOnlyNamurCasesInFrench()
    {
        using var client = _app.CreateClient();
        (await client.SignInAsync("namur-social-worker")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        page.ShouldContain("Dossiers du CPAS de Namur");
        page.ShouldContain("NA-2026-0001");
        page.ShouldContain("85.07.30-033.28");
        page.ShouldNotContain("GE-2026-");
        page.ShouldNotContain("Janssens");
    }

    [Fact]
    public async Task CasesPage_GentManager_ListsOnlyGentCasesInDutch()
    {
        using var client = _app.CreateClient();
        await client.SignInAsync("gent-manager");

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        page.ShouldContain("Dossiers van OCMW Gent");
        page.ShouldContain("GE-2026-0001");
        page.ShouldNotContain("NA-2026-");
        page.ShouldNotContain("Martin");
    }

    [Fact]
    public async Task CasesApi_SignedIn_ReturnsOnlyTheUsersCpasCases()
    {
        using var client = _app.CreateClient();
        await client.SignInAsync("gent-social-worker");

        var cases = await client.GetFromJsonAsync<List<CaseRow>>(new Uri("/api/cases", UriKind.Relative));

        cases.ShouldNotBeNull().ShouldNotBeEmpty();
        cases.ShouldAllBe(row => row.Reference.StartsWith("GE-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_UnknownDemoUser_IsRefused()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SignInAsync("somebody-else");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync("namur-manager");
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = DemoSignIn.AntiforgeryToken(page).ShouldNotBeNull();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), form);

        (await client.GetAsync(new Uri("/api/cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApi_Development_DescribesTheCasesApi()
    {
        using var client = _app.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        document.ShouldContain("\"/api/cases\"");
    }

    private static async Task<(int Tenants, int Persons, int Cases, int Registers, int Requests)> CountRowsAsync(PrimaWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return (
            await db.Tenants.CountAsync(),
            await db.Persons.IgnoreQueryFilters().CountAsync(),
            await db.Cases.IgnoreQueryFilters().CountAsync(),
            await db.IntegrationRegisters.IgnoreQueryFilters().CountAsync(),
            await db.Requests.IgnoreQueryFilters().CountAsync());
    }
}
