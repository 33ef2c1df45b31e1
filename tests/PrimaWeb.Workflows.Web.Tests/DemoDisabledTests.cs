using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.Web.Tests;

/// <summary>With <c>Demo:Enabled</c> false (production): no demo data, no passwordless sign-in.</summary>
public sealed class DemoDisabledTests : IDisposable
{
    private readonly PrimaWebFactory _app = new() { Demo = false };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Start_DemoDisabled_MigratesButSeedsNothing()
    {
        _app.CreateClient().Dispose();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        (await db.Tenants.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task SignIn_DemoDisabled_IsRefused()
    {
        using var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var response = await client.SignInAsync("namur-admin");

        // A browser that names no language gets French, the default of the sign-in page.
        System.Net.WebUtility.HtmlDecode(page).ShouldContain("La connexion de démonstration est désactivée");
        page.ShouldNotContain("sign-in-namur-admin");
        page.ShouldNotContain("value=\"namur-admin\"");
        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await client.GetAsync(new Uri("/api/cases", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
