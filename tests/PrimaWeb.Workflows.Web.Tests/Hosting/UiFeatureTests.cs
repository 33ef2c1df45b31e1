using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>The Blazor screens over plain HTTP (their prerendered HTML): language, authorization, tenant isolation.</summary>
public sealed class UiFeatureTests : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task LanguageSwitch_Dutch_NextPagesAreInDutch()
    {
        using var client = _app.CreateClient();
        await client.SignInAsync("namur-social-worker");

        var page = await client.GetStringAsync(new Uri("/account/language?culture=nl-BE&returnUrl=%2Fcases", UriKind.Relative));

        page.ShouldContain("Dossiers van CPAS de Namur");
        page.ShouldContain("<html lang=\"nl\"");
    }

    [Fact]
    public async Task LanguageSwitch_ReturnUrlOfAnotherSite_GoesHomeInstead()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/account/language?culture=nl-BE&returnUrl=%2F%2Fexample.org%2F", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task LanguageSwitch_UnsupportedCulture_IsRefused()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/account/language?culture=de-DE", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignIn_AfterAnotherUserSwitchedLanguage_UsesTheNewUsersLocale()
    {
        using var client = _app.CreateClient();
        await client.SignInAsync("gent-social-worker");
        await client.GetStringAsync(new Uri("/account/language?culture=fr-BE&returnUrl=%2F", UriKind.Relative));

        await client.SignInAsync("gent-manager");
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        page.ShouldContain("Dossiers van OCMW Gent");
    }

    [Theory]
    [InlineData("namur-social-worker", "Introuvable", "Il n'y a rien à cette adresse.")]
    [InlineData("gent-social-worker", "Niet gevonden", "Er is niets op dit adres.")]
    public async Task UnknownAddress_AnswersNotFoundWithThePageInTheUsersLanguage_NotTheBareStatus(string user, string title, string text)
    {
        using var client = _app.CreateClient();
        await client.SignInAsync(user);

        var answer = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        var page = System.Net.WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());

        answer.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        page.ShouldContain("data-testid=\"not-found\"");
        page.ShouldContain(title);
        page.ShouldContain(text);
        page.ShouldNotContain("Status Code");
    }

    [Fact]
    public async Task UnknownApiAddress_StillAnswersAProblemDocument()
    {
        using var client = _app.CreateClient();

        var answer = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        answer.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task CasePage_CaseOfAnotherCpas_ShowsNotFoundWithoutItsData()
    {
        var gentCase = await CaseIdAsync("GE-2026-0001");
        using var client = _app.CreateClient();
        await client.SignInAsync("namur-social-worker");

        var page = await client.GetStringAsync(new Uri($"/cases/{gentCase}", UriKind.Relative));

        page.ShouldContain("data-testid=\"not-found\"");
        page.ShouldNotContain("Janssens");
        page.ShouldNotContain("GE-2026-0001");
    }

    [Fact]
    public async Task CasePage_OwnCase_ShowsPersonAndBothHouseholds()
    {
        var namurCase = await CaseIdAsync("NA-2026-0001");
        using var client = _app.CreateClient();
        await client.SignInAsync("namur-manager");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/cases/{namurCase}", UriKind.Relative)));

        page.ShouldContain("Dossier NA-2026-0001");
        page.ShouldContain("Ménage officiel (Registre national)");
        page.ShouldContain("Ménage de fait");
        page.ShouldContain("Martin Lucas");
    }

    [Fact]
    public async Task CasesPage_FunctionalAnalyst_IsSentToAccessDenied()
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync("namur-analyst");

        var response = await client.GetAsync(new Uri("/cases", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().PathAndQuery.ShouldStartWith("/account/access-denied");
    }

    [Fact]
    public async Task HomePage_FunctionalAnalyst_IsWelcomedWithoutCases()
    {
        using var client = _app.CreateClient();
        await client.SignInAsync("gent-analyst");

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        page.ShouldContain("Welkom, Jan Peeters");
        page.ShouldNotContain("GE-2026-0001");
    }

    private async Task<Guid> CaseIdAsync(string reference)
    {
        _app.CreateClient().Dispose();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrimaWebDbContext>();
        return await db.Cases.IgnoreQueryFilters().Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
