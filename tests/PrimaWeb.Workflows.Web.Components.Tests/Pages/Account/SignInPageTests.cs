using System.Net;

namespace PrimaWeb.Workflows.Web.Components.Tests.Pages.Account;

/// <summary>The demo sign-in page as the host serves it, in the language of the cookie, else of the browser, else French.</summary>
[Collection(DemoHostCollection.Name)]
public sealed class SignInPageTests(DemoHost host)
{
    [Fact]
    public async Task Get_BrowserInDutch_SpeaksDutch()
    {
        var html = await GetAsync(acceptLanguage: "nl, en;q=0.5");

        html.ShouldContain("<html lang=\"nl\">");
        html.ShouldContain("<h1 data-testid=\"sign-in-title\">Aanmelden</h1>");
        html.ShouldContain("Demomodus: kies een fictieve gebruiker.");
        html.ShouldContain("maatschappelijk werker");
    }

    [Fact]
    public async Task Get_BrowserInFrench_SpeaksFrench()
    {
        var html = await GetAsync(acceptLanguage: "fr-FR");

        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain("<h1 data-testid=\"sign-in-title\">Se connecter</h1>");
        html.ShouldContain("Mode démonstration : choisissez un utilisateur fictif.");
        html.ShouldContain("assistant(e) social(e)");
    }

    [Fact]
    public async Task Get_NoPreference_IsFrench_AndTheCultureCookieBeatsTheBrowser()
    {
        (await GetAsync(acceptLanguage: null)).ShouldContain("Se connecter</h1>");
        (await GetAsync(acceptLanguage: "fr", cookie: ".AspNetCore.Culture=c%3Dnl-BE%7Cuic%3Dnl-BE")).ShouldContain("Aanmelden</h1>");
    }

    private async Task<string> GetAsync(string? acceptLanguage, string? cookie = null)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
