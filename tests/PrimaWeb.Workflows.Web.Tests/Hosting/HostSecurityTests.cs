using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// The host's protections over HTTP: the headers of every answer, no caching of personal data, Secure cookies over
/// HTTPS, the refusal of API requests sent from another site, the case list only for the roles that work cases.
/// </summary>
public sealed partial class HostSecurityTests(HardeningHost host) : IClassFixture<HardeningHost>
{
    private const string Thomas = "85073003328";

    [Theory]
    [InlineData("namur-social-worker", "/api/cases")]
    [InlineData("namur-social-worker", "/api/no-such-thing")]
    [InlineData("namur-social-worker", "/")]
    [InlineData("namur-social-worker", "/cases")]
    [InlineData(null, "/account/sign-in")]
    [InlineData(null, "/api/cases")]
    [InlineData(null, "/health")]
    [InlineData(null, "/app.css")]
    [InlineData("namur-admin", "/hangfire")]
    [InlineData("namur-social-worker", "/error")]
    public async Task EveryAnswer_CarriesNoSniffingNoReferrerElsewhereAndNoFraming(string? user, string path)
    {
        using var api = await RawApi.SignInAsync(host.App, user);

        var answer = await api.GetAsync(path);

        answer.Header("X-Content-Type-Options").ShouldBe("nosniff", answer.ToString());
        answer.Header("Referrer-Policy").ShouldBe("same-origin");
        answer.Header("X-Frame-Options").ShouldBe("DENY");
        answer.Header("Content-Security-Policy").ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Letter_AsRendered_CarriesAPolicyThatRunsNothingAndCannotBeFramed()
    {
        var letterId = await host.SeedLetterAsync("cpas-namur", "NA-2026-0001", "<html><body><p style=\"color:red\">Madame, Monsieur,</p></body></html>");
        var caseId = await host.CaseIdAsync("NA-2026-0001");
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.GetAsync($"/api/cases/{caseId}/letters/{letterId}");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.MediaType.ShouldBe("text/html");
        answer.Header("X-Frame-Options").ShouldBe("DENY");
        answer.Header("Cache-Control").ShouldBe("no-store");
        var policy = answer.Header("Content-Security-Policy");
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("sandbox");
        policy.ShouldNotContain("script-src");
    }

    [Theory]
    [InlineData("/api/cases")]
    [InlineData("/")]
    [InlineData("/cases")]
    [InlineData("/persons")]
    public async Task AnswersWithPersonalData_AreNeverStored(string path)
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.GetAsync(path);

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Header("Cache-Control").ShouldContain("no-store");
    }

    [Fact]
    public async Task StaticFiles_KeepTheirOwnCaching()
    {
        using var api = await RawApi.SignInAsync(host.App, null);

        var answer = await api.GetAsync("/app.css");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Header("Cache-Control").ShouldNotContain("no-store");
    }

    [Fact]
    public async Task Screens_ScriptsOnlyFromTheApplicationAndTheImportMapByANonceOfTheirOwn()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var first = await api.GetAsync("/cases");
        var second = await api.GetAsync("/cases");

        var nonce = Nonce().Match(first.Header("Content-Security-Policy"));
        nonce.Success.ShouldBeTrue(first.Header("Content-Security-Policy"));
        first.Header("Content-Security-Policy").ShouldContain("default-src 'self'");
        first.Header("Content-Security-Policy").ShouldNotContain("unsafe-eval");
        first.Body.ShouldContain($"<script type=\"importmap\" nonce=\"{nonce.Groups[1].Value}\"");
        Nonce().Match(second.Header("Content-Security-Policy")).Groups[1].Value.ShouldNotBe(nonce.Groups[1].Value);
    }

    [Fact]
    public async Task SignIn_OverHttps_SetsOnlySecureCookies()
    {
        using var api = await RawApi.SignInAsync(host.App, null, new Uri("https://localhost"));

        var page = await api.GetAsync("/account/sign-in");
        var language = await api.GetAsync("/account/language?culture=nl-BE&returnUrl=/");
        var signedIn = await SignInAnsweredAsync(api, page.Body);

        foreach (var answer in new[] { page, language, signedIn })
        {
            answer.SetCookies.ShouldNotBeEmpty(answer.ToString());
            foreach (var cookie in answer.SetCookies)
            {
                cookie.ShouldContain("; secure", Case.Insensitive, cookie);
            }
        }
    }

    [Fact]
    public async Task SignIn_OverPlainHttp_SetsCookiesABrowserKeepsOnHttp()
    {
        using var api = await RawApi.SignInAsync(host.App, null);

        var page = await api.GetAsync("/account/sign-in");
        var signedIn = await SignInAnsweredAsync(api, page.Body);

        signedIn.SetCookies.ShouldContain(cookie => cookie.StartsWith("primaweb.auth=", StringComparison.Ordinal));
        signedIn.SetCookies.ShouldAllBe(cookie => !cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    public async Task RegisterLookup_SentFromAnotherSite_Answers403AndConsultsNobody(string header, string value)
    {
        var stranger = SimulatedPersons.Adults[5].Niss.ToString();
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var audited = await AuditCountAsync(api, stranger);

        var byNiss = await api.GetAsync($"/api/persons?niss={stranger}", new Dictionary<string, string> { [header] = value });
        var phonetic = await api.GetAsync("/api/persons/search?lastName=Dupont&birthDate=1980-00-00", new Dictionary<string, string> { [header] = value });

        foreach (var answer in new[] { byNiss, phonetic })
        {
            answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.ToString());
            answer.IsProblem.ShouldBeTrue();
        }

        (await AuditCountAsync(api, stranger)).ShouldBe(audited);
    }

    [Fact]
    public async Task CaseOpening_SentFromAnotherSite_Answers403AndOpensNothing()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var before = await host.SnapshotAsync();

        var answer = await api.SendAsync(
            HttpMethod.Post, "/api/cases", new JsonObject { ["niss"] = SimulatedPersons.Adults[6].Niss.ToString() }.ToJsonString(),
            headers: new Dictionary<string, string> { ["Sec-Fetch-Site"] = "cross-site", ["Origin"] = "https://evil.example" });

        answer.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await host.SnapshotAsync()).ChangedSince(before).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    [InlineData("Origin", "http://localhost")]
    [InlineData("X-No-Browser", "yes")]
    public async Task RegisterLookup_FromTheApplicationOrAClientThatIsNoBrowser_Answers(string header, string value)
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.GetAsync($"/api/persons?niss={Thomas}", new Dictionary<string, string> { [header] = value });

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
    }

    [Theory]
    [InlineData("namur-analyst")]
    [InlineData("namur-admin")]
    public async Task CaseList_RolesThatDoNotWorkCases_SeeNoBeneficiary(string user)
    {
        using var api = await RawApi.SignInAsync(host.App, user);

        var list = await api.GetAsync("/api/cases");
        var page = await api.GetAsync("/cases");
        var home = await api.GetAsync("/");

        list.Status.ShouldBe(HttpStatusCode.Forbidden);
        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Header("Location").ShouldContain("/account/access-denied");
        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Body.ShouldNotContain("NA-2026-");
        home.Body.ShouldNotContain("Martin");
    }

    [Theory]
    [InlineData("namur-social-worker")]
    [InlineData("namur-manager")]
    public async Task CaseList_RolesThatWorkCases_SeeTheirCpasCases(string user)
    {
        using var api = await RawApi.SignInAsync(host.App, user);

        var list = await api.GetAsync("/api/cases");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Body.ShouldContain("NA-2026-0001");
        list.Body.ShouldNotContain("GE-2026-");
    }

    private static async Task<RawAnswer> SignInAnsweredAsync(RawApi api, string page)
    {
        var token = DemoSignIn.AntiforgeryToken(page).ShouldNotBeNull();
        return await api.SendAsync(
            HttpMethod.Post, "/account/sign-in", $"userId=namur-social-worker&__RequestVerificationToken={Uri.EscapeDataString(token)}", "application/x-www-form-urlencoded");
    }

    private static async Task<int> AuditCountAsync(RawApi api, string niss)
    {
        var answer = await api.GetAsync($"/api/persons/{niss}/audit");
        answer.Status.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(answer.Body).RootElement.GetArrayLength();
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
