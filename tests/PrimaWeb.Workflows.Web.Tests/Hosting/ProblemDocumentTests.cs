using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Audit;

namespace PrimaWeb.Workflows.Web.Tests.Hosting;

/// <summary>
/// Every refusal under /api is a problem document (<c>application/problem+json</c>) naming the field when it can, and
/// none shows exception text, a stack or the request's headers, in Development too (the shared host runs in Development).
/// </summary>
public sealed class ProblemDocumentTests(HardeningHost host) : IClassFixture<HardeningHost>
{
    private const string Ris = "/api/calculations/ris";

    [Theory]
    [InlineData("gent-social-worker", "GET", "/api/cases/00000000-0000-0000-0000-000000000001", null, HttpStatusCode.NotFound, "Niet gevonden.")]
    [InlineData("namur-social-worker", "GET", "/api/cases/00000000-0000-0000-0000-000000000001", null, HttpStatusCode.NotFound, "Introuvable.")]
    [InlineData("namur-social-worker", "GET", "/api/no-such-thing", null, HttpStatusCode.NotFound, "Introuvable.")]
    [InlineData("namur-social-worker", "DELETE", "/api/cases", null, HttpStatusCode.MethodNotAllowed, "Cette méthode n'est pas permise ici.")]
    [InlineData("gent-social-worker", "POST", "/api/cases", "niss=85073003328", HttpStatusCode.UnsupportedMediaType, "De inhoud van het verzoek moet JSON zijn.")]
    [InlineData(null, "GET", "/api/cases", null, HttpStatusCode.Unauthorized, "Connexion requise.")]
    public async Task Problem_OfAnyStatus_IsTitledInTheCallersLanguage(string? user, string method, string path, string? form, HttpStatusCode status, string title)
    {
        using var api = await RawApi.SignInAsync(host.App, user);

        var answer = form is null
            ? await api.SendAsync(new HttpMethod(method), path, null)
            : await api.SendAsync(new HttpMethod(method), path, form, "application/x-www-form-urlencoded");

        answer.Status.ShouldBe(status, answer.ToString());
        answer.IsProblem.ShouldBeTrue(answer.ToString());
        answer.Json.GetProperty("title").GetString().ShouldBe(title);
    }

    [Theory]
    [InlineData("{\"niss\": \"85073003328\",", "niss")]
    [InlineData("{\"niss\": 'single quotes'}", "niss")]
    [InlineData("{\"niss\": \"85073003328\" \"openedOn\": null}", "niss")]
    [InlineData("{\"niss\": tru}", "niss")]
    public async Task Body_MalformedJson_Answers400ProblemNamingTheField(string body, string field)
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, "/api/cases", body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.IsProblem.ShouldBeTrue(answer.ToString());
        answer.ErrorFields.ShouldBe([field]);
    }

    [Theory]
    [InlineData("{\"niss\": ", "niss", "Json", "geen geldige JSON")]
    [InlineData("{\"niss\": 85073003328}", "niss", "WrongType", "niet van het type")]
    [InlineData("{\"niss\": \"<b>85073003328</b>\"}", "niss", "Markup", "enkel gewone tekst")]
    [InlineData("{\"niss\": \"8507\u202e3003328\"}", "niss", "InvisibleCharacter", "U+202E")]
    public async Task Body_RefusedForAGentUser_IsWordedInDutchWithTheRulesCode(string body, string field, string code, string words)
    {
        using var api = await RawApi.SignInAsync(host.App, "gent-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, "/api/cases", body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.Json.GetProperty("codes").GetProperty(field).EnumerateArray().Select(c => c.GetString()).ShouldBe([code]);
        answer.Json.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("[{\"niss\": \"85073003328\"}]")]
    [InlineData("null")]
    [InlineData("\"85073003328\"")]
    [InlineData("42")]
    public async Task Body_NotAnObject_Answers400ProblemNamingTheBody(string body)
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, "/api/cases", body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.IsProblem.ShouldBeTrue(answer.ToString());
        answer.ErrorFields.ShouldBe(["body"]);
    }

    [Theory]
    [InlineData("/api/cases", "{\"niss\": 85073003328}", "niss")]
    [InlineData("/api/cases", "{\"niss\": {\"value\": \"85073003328\"}}", "niss")]
    [InlineData(Ris, "{\"category\": \"one\"}", "category")]
    [InlineData(Ris, "{\"category\": 1, \"members\": {\"personId\": \"a\"}}", "members")]
    [InlineData(Ris, "{\"category\": 1, \"resources\": [{\"personId\": \"a\", \"amount\": \"300 euros\"}]}", "resources[0].amount")]
    public async Task Body_ValueOfTheWrongType_Answers400ProblemNamingTheField(string path, string body, string field)
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, path, body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.IsProblem.ShouldBeTrue();
        answer.ErrorFields.ShouldBe([field]);
    }

    [Theory]
    [InlineData("{\"category\": 1, \"resources\": [{\"personId\": \"a\", \"amount\": 1e308}]}", "resources[0].amount")]
    [InlineData("{\"category\": 1, \"resources\": [{\"personId\": \"a\", \"amount\": -1e308}]}", "resources[0].amount")]
    [InlineData("{\"category\": 1, \"resources\": [{\"personId\": \"a\", \"amount\": 79228162514264337593543950336}]}", "resources[0].amount")]
    [InlineData("{\"category\": 1, \"resources\": [{\"personId\": \"a\", \"amount\": 1e20}]}", "resources[0].amount")]
    [InlineData("{\"category\": 10000000000}", "category")]
    public async Task Body_NumberBeyondItsField_Answers400ProblemNamingTheField(string body, string field)
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, Ris, body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task Body_NotJson_Answers415Problem()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, "/api/cases", "niss=85073003328", "application/x-www-form-urlencoded");

        answer.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        answer.IsProblem.ShouldBeTrue(answer.ToString());
    }

    [Fact]
    public async Task Body_LargerThanTheLimit_Answers413Problem()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, "/api/cases", $"{{\"niss\": \"85073003328\", \"socialWorkerId\": {new string('1', 2_000_000)}}}");

        answer.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        answer.IsProblem.ShouldBeTrue(answer.ToString());
    }

    [Theory]
    [InlineData(null, "GET", "/api/cases", HttpStatusCode.Unauthorized)]
    [InlineData("namur-analyst", "GET", "/api/cases", HttpStatusCode.Forbidden)]
    [InlineData("namur-admin", "GET", "/api/cases", HttpStatusCode.Forbidden)]
    [InlineData("namur-social-worker", "GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("namur-social-worker", "GET", "/api/cases/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("namur-social-worker", "DELETE", "/api/cases", HttpStatusCode.MethodNotAllowed)]
    public async Task Status_OfTheApi_IsAProblemDocumentWhatTheClientAccepts(string? user, string method, string path, HttpStatusCode expected)
    {
        using var api = await RawApi.SignInAsync(host.App, user);

        // A browser asks for HTML first: the API answers a problem document all the same.
        var answer = await api.SendAsync(new HttpMethod(method), path, null, headers: new Dictionary<string, string> { ["Accept"] = "text/html" });

        answer.Status.ShouldBe(expected);
        answer.IsProblem.ShouldBeTrue(answer.ToString());
        answer.Json.GetProperty("status").GetInt32().ShouldBe((int)expected);
    }

    [Fact]
    public async Task RefusedBody_InDevelopment_ShowsNoExceptionNorTheRequestsHeaders()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answers = new[]
        {
            await api.SendAsync(HttpMethod.Post, "/api/cases", "{\"niss\": 12}", headers: new Dictionary<string, string> { ["X-Secret-Header"] = "header-value-7" }),
            await api.SendAsync(HttpMethod.Post, "/api/cases", "", headers: new Dictionary<string, string> { ["X-Secret-Header"] = "header-value-7" }),
            await api.SendAsync(HttpMethod.Post, Ris, "{\"category\": 10000000000}", headers: new Dictionary<string, string> { ["X-Secret-Header"] = "header-value-7" }),
        };

        foreach (var answer in answers)
        {
            answer.IsProblem.ShouldBeTrue(answer.ToString());
            ShowsNothingInternal(answer);
        }
    }

    [Fact]
    public async Task UnexpectedError_InDevelopment_Answers500ProblemWithoutTheExceptionOrHeaders()
    {
        using var failing = host.App.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.Replace(ServiceDescriptor.Singleton<IAuditLog, FailingAuditLog>())));
        using var api = await RawApi.SignInAsync(failing, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Get, "/api/persons/85073003328/audit", null, headers: new Dictionary<string, string> { ["X-Secret-Header"] = "header-value-7" });

        answer.Status.ShouldBe(HttpStatusCode.InternalServerError);
        answer.IsProblem.ShouldBeTrue(answer.ToString());
        answer.Json.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        ShowsNothingInternal(answer);
        answer.Body.ShouldNotContain(FailingAuditLog.Secret);
    }

    [Fact]
    public async Task RisCalculation_PeriodEndingIn9999_Answers400NamingPeriodEnd()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");

        var answer = await api.SendAsync(HttpMethod.Post, Ris, new JsonObject
        {
            ["category"] = 2,
            ["periodStart"] = "2026-01-01",
            ["periodEnd"] = "9999-12-31",
            ["members"] = new JsonArray(new JsonObject { ["personId"] = "claimant", ["relation"] = "claimant" }),
        }.ToJsonString());

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["periodEnd"]);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("9999-12-31")]
    public async Task Household_MemberFromAnImplausibleDate_Answers400NamingTheDateAndSavesNothing(string from)
    {
        var caseId = await host.CaseIdAsync("NA-2026-0002");
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var before = await host.SnapshotAsync();

        var answer = await api.SendAsync(HttpMethod.Put, $"/api/cases/{caseId}/household/de-facto", new JsonObject
        {
            ["members"] = new JsonArray(new JsonObject { ["niss"] = "90021514647", ["relation"] = "MainPerson", ["from"] = from }),
        }.ToJsonString());

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["members[0].from"]);
        (await host.SnapshotAsync()).ChangedSince(before).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/cases", "{\"niss\": \"90021514647\", \"openedOn\": \"0001-01-01\"}", "openedOn")]
    [InlineData("/api/cases/{case}/requests", "{\"type\": \"Dis\", \"receivedOn\": \"1899-12-31\"}", "receivedOn")]
    public async Task Dates_OutsideTheLegalSpan_Answer400NamingTheFieldAndSaveNothing(string path, string body, string field)
    {
        var caseId = await host.CaseIdAsync("NA-2026-0002");
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var before = await host.SnapshotAsync();

        var answer = await api.SendAsync(HttpMethod.Post, path.Replace("{case}", caseId.ToString(), StringComparison.Ordinal), body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe([field]);
        (await host.SnapshotAsync()).ChangedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task Household_OfAHundredThousandMembers_Answers400NamingTheListAndSavesNothing()
    {
        var caseId = await host.CaseIdAsync("NA-2026-0002");
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var member = new JsonObject { ["niss"] = "90021514647", ["relation"] = "Child", ["from"] = "2020-01-01" }.ToJsonString();
        var before = await host.SnapshotAsync();

        var answer = await api.SendAsync(
            HttpMethod.Put, $"/api/cases/{caseId}/household/de-facto", $"{{\"members\": [{string.Join(",", Enumerable.Repeat(member, 100_000))}]}}");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["members"]);
        (await host.SnapshotAsync()).ChangedSince(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task RisCalculation_OfAHundredThousandResources_Answers400NamingTheList()
    {
        using var api = await RawApi.SignInAsync(host.App, "namur-social-worker");
        var resource = new JsonObject { ["personId"] = "claimant", ["kind"] = "other", ["amount"] = 1 }.ToJsonString();

        var answer = await api.SendAsync(HttpMethod.Post, Ris, "{\"category\": 2, \"periodStart\": \"2026-01-01\", \"periodEnd\": \"2026-01-31\", "
            + $"\"members\": [{{\"personId\": \"claimant\", \"relation\": \"claimant\"}}], \"resources\": [{string.Join(",", Enumerable.Repeat(resource, 100_000))}]}}");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["resources"]);
        answer.Body.Length.ShouldBeLessThan(1000);
    }

    private static void ShowsNothingInternal(RawAnswer answer)
    {
        foreach (var leak in new[] { "header-value-7", "X-Secret-Header", "primaweb.auth", "Cookie", "Exception", "   at ", "System.", "PrimaWeb.Workflows." })
        {
            answer.Body.ShouldNotContain(leak, Case.Insensitive, $"{leak} in {answer}");
        }
    }

    /// <summary>An audit store that fails with a message nobody outside may read.</summary>
    private sealed class FailingAuditLog : IAuditLog
    {
        public const string Secret = "connection string Password=hunter2";

        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => throw new InvalidOperationException(Secret);

        public Task<IReadOnlyList<AuditEntry>> ListByPersonAsync(string cpas, Niss person, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<IReadOnlyList<AuditEntry>> ListByCaseAsync(string cpas, string caseId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
