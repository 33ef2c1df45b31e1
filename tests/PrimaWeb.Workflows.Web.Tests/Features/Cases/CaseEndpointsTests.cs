using System.Net;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Tests.Features.Cases;

public sealed class CaseEndpointsTests : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Open_PersonUnknownToTheCpas_ImportsThePersonAndOpensTheCase()
    {
        var citizen = SimulatedPersons.Adults[2];
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, opened) = await namur.PostAsync("/api/cases", new JsonObject { ["niss"] = citizen.Niss.Formatted });

        status.ShouldBe(HttpStatusCode.Created);
        opened.GetProperty("reference").GetString()!.ShouldStartWith($"NA-{DateTime.UtcNow.Year}-");
        opened.GetProperty("socialWorkerId").GetString().ShouldBe("namur-social-worker");
        var main = opened.GetProperty("mainPerson");
        main.GetProperty("source").GetString().ShouldBe("Cpas");
        main.GetProperty("lastName").GetString().ShouldBe(citizen.Name.LastName);
        var member = opened.GetProperty("deFactoHousehold").EnumerateArray().ShouldHaveSingleItem();
        member.GetProperty("relation").GetString().ShouldBe("MainPerson");
        member.GetProperty("personId").GetGuid().ShouldBe(main.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Open_PersonWithAnOpenCase_AnswersThatCase()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, opened) = await namur.PostAsync("/api/cases", new JsonObject { ["niss"] = "85073003328" });

        status.ShouldBe(HttpStatusCode.OK);
        opened.GetProperty("reference").GetString().ShouldBe("NA-2026-0001");
    }

    [Fact]
    public async Task Open_InvalidInput_Answers400NamingEachField()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");

        var (status, problem) = await namur.PostAsync("/api/cases", new JsonObject { ["niss"] = "123", ["openedOn"] = "27/11/2026" });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("niss", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("openedOn", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Get_CaseOfTheCpas_ShowsHouseholdsAndRequests()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var caseId = await CaseIdAsync(namur, "NA-2026-0001");

        var (status, details) = await namur.GetAsync($"/api/cases/{caseId}");

        status.ShouldBe(HttpStatusCode.OK);
        details.GetProperty("mainPerson").GetProperty("niss").GetString().ShouldBe("85073003328");
        details.GetProperty("officialHousehold").GetArrayLength().ShouldBe(2);
        details.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ShouldBe(["Dis"]); // the demo's DIS runs its workflow; a heating request has no workflow to run
    }

    [Fact]
    public async Task ReplaceDeFacto_PartnerByNiss_ImportsThePartnerAndKeepsTheHousehold()
    {
        var citizen = SimulatedPersons.Adults[3];
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var (_, opened) = await namur.PostAsync("/api/cases", new JsonObject { ["niss"] = citizen.Niss.ToString(), ["openedOn"] = "2026-09-01" });
        var caseId = opened.GetProperty("id").GetGuid();
        var mainId = opened.GetProperty("mainPerson").GetProperty("id").GetGuid();
        var partner = SimulatedPersons.Adults.First(p => p.Niss != citizen.Niss && p.Niss != SimulatedPersons.Adults[2].Niss);

        var (status, details) = await namur.PutAsync($"/api/cases/{caseId}/household/de-facto", Household(
            Member(mainId, null, "MainPerson", "2026-09-01"),
            Member(null, partner.Niss.ToString(), "Partner", "2026-10-01")));

        status.ShouldBe(HttpStatusCode.OK);
        var members = details.GetProperty("deFactoHousehold").EnumerateArray().ToList();
        members.Count.ShouldBe(2);
        members[1].GetProperty("niss").GetString().ShouldBe(partner.Niss.ToString());
        members[1].GetProperty("relation").GetString().ShouldBe("Partner");
        members[1].GetProperty("from").GetString().ShouldBe("2026-10-01");
    }

    [Fact]
    public async Task ReplaceDeFacto_WithoutTheMainPerson_Answers400NamingMembers()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker", "en-BE");
        var caseId = await CaseIdAsync(namur, "NA-2026-0001");
        var (_, details) = await namur.GetAsync($"/api/cases/{caseId}");
        var lucas = details.GetProperty("officialHousehold").EnumerateArray().Single(m => m.GetProperty("relation").GetString() == "Child");

        var (status, problem) = await namur.PutAsync($"/api/cases/{caseId}/household/de-facto", Household(
            Member(lucas.GetProperty("personId").GetGuid(), null, "Child", "2026-01-01")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("members")[0].GetString()!.ShouldContain("main person");
    }

    [Fact]
    public async Task ReplaceDeFacto_InvalidMembers_Answers400NamingEachMembersField()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var caseId = await CaseIdAsync(namur, "NA-2026-0001");

        var (status, problem) = await namur.PutAsync($"/api/cases/{caseId}/household/de-facto", Household(
            Member(null, null, "Cousin", "2026-02-30")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("members[0].relation", out _).ShouldBeTrue();
        errors.TryGetProperty("members[0].from", out _).ShouldBeTrue();
        errors.TryGetProperty("members[0].niss", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task ReplaceDeFacto_InvalidMembersInFrench_AreWordedInFrenchWithEachRulesCode()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker", "fr-BE");
        var caseId = await CaseIdAsync(namur, "NA-2026-0001");

        var (status, problem) = await namur.PutAsync($"/api/cases/{caseId}/household/de-facto", Household(
            Member(null, "85073003329", "Cousin", "2026-03-01", "2026-02-01"),
            Member(Guid.NewGuid(), null, "Child", "2026-03-01")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        string Code(string field) => problem.GetProperty("codes").GetProperty(field)[0].GetString()!;
        string Sentence(string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Code("members[0].relation").ShouldBe("UnknownValue");
        Sentence("members[0].relation").ShouldContain("« Cousin » n'est pas une valeur connue");
        Code("members[0].to").ShouldBe("EndBeforeStart");
        Sentence("members[0].to").ShouldContain("01/02/2026");
        Code("members[0].niss").ShouldBe("NissInvalid");
        Sentence("members[0].niss").ShouldContain("n'est pas un NISS valide");
        Code("members[1].personId").ShouldBe("UnknownPerson");
        Sentence("members[1].personId").ShouldBe("Cette personne ne figure pas parmi les personnes du CPAS.");
    }

    [Fact]
    public async Task AnotherCpasUser_GetsNotFoundForTheCaseAndItsHousehold()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        using var gent = await ApiSession.SignInAsync(_app, "gent-social-worker");
        var caseId = await CaseIdAsync(namur, "NA-2026-0001");

        var (getStatus, _) = await gent.GetAsync($"/api/cases/{caseId}");
        var (putStatus, _) = await gent.PutAsync($"/api/cases/{caseId}/household/de-facto", Household(Member(Guid.NewGuid(), null, "MainPerson", "2026-01-01")));

        getStatus.ShouldBe(HttpStatusCode.NotFound);
        putStatus.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static async Task<Guid> CaseIdAsync(ApiSession session, string reference)
    {
        var (_, cases) = await session.GetAsync("/api/cases");
        return cases.EnumerateArray().Single(c => c.GetProperty("reference").GetString() == reference).GetProperty("id").GetGuid();
    }

    private static JsonObject Household(params JsonObject[] members) => new() { ["members"] = new JsonArray(members) };

    private static JsonObject Member(Guid? personId, string? niss, string relation, string from, string? to = null) => new()
    {
        ["personId"] = personId is { } id ? JsonValue.Create(id) : null,
        ["niss"] = niss,
        ["relation"] = relation,
        ["from"] = from,
        ["to"] = to,
    };
}
