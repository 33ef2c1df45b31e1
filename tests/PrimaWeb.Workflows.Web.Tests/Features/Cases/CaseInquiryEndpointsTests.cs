using System.Net;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Web.Tests.Features.Cases;

/// <summary>The case functions of the seed outside any request (issue 14 point 7), on the demo world and the simulator.</summary>
public sealed class CaseInquiryEndpointsTests : IDisposable
{
    private readonly PrimaWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Consult_HealthInsuranceOfTheMainPerson_KeepsTheAnswerInTheCaseFile()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var (caseId, mainId) = await DemoCaseAsync(namur);

        var (status, consultation) = await namur.PostAsync($"/api/cases/{caseId}/persons/{mainId}/consultations",
            new JsonObject { ["service"] = "OCMWCPASHealthInsurance" });

        status.ShouldBe(HttpStatusCode.Created);
        consultation.GetProperty("outcome").GetString().ShouldBe("Answered", consultation.GetRawText());
        var id = consultation.GetProperty("id").GetGuid();
        var (_, file) = await namur.GetAsync($"/api/cases/{caseId}/file");
        var kept = file.GetProperty("consultations").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        kept.GetProperty("service").GetString().ShouldBe("OCMWCPASHealthInsurance");
    }

    [Fact]
    public async Task Consult_UnknownServiceOrPersonOutsideTheCase_IsRefusedAndKeepsNothing()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var (caseId, mainId) = await DemoCaseAsync(namur);
        var (_, before) = await namur.GetAsync($"/api/cases/{caseId}/file");

        var (badService, problem) = await namur.PostAsync($"/api/cases/{caseId}/persons/{mainId}/consultations", new JsonObject { ["service"] = "OCMWCPASA036" });
        var (stranger, _) = await namur.PostAsync($"/api/cases/{caseId}/persons/{Guid.NewGuid()}/consultations", new JsonObject { ["service"] = "RealEstate" });

        badService.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("service", out _).ShouldBeTrue();
        stranger.ShouldBe(HttpStatusCode.NotFound);
        var (_, after) = await namur.GetAsync($"/api/cases/{caseId}/file");
        after.GetProperty("consultations").GetArrayLength().ShouldBe(before.GetProperty("consultations").GetArrayLength());
    }

    [Fact]
    public async Task Integrations_MainPersonOfTheDemoDis_ListsTheIntegrationEnEnqueteTheCpasMade()
    {
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var (caseId, mainId) = await DemoCaseAsync(namur);

        var (status, answer) = await namur.GetAsync($"/api/cases/{caseId}/persons/{mainId}/integrations");

        status.ShouldBe(HttpStatusCode.OK, answer.GetRawText());
        answer.GetProperty("person").GetProperty("niss").GetString().ShouldBe("85073003328");
        answer.GetProperty("integrations").EnumerateArray().Select(l => l.GetProperty("code").GetInt32()).ShouldContain(1);
    }

    [Fact]
    public async Task RefreshOfficialHousehold_PartnerOnlyInTheDeFactoHousehold_IsNamedAsTheDifference()
    {
        var citizen = SimulatedPersons.Adults[3];
        using var namur = await ApiSession.SignInAsync(_app, "namur-social-worker");
        var (_, opened) = await namur.PostAsync("/api/cases", new JsonObject { ["niss"] = citizen.Niss.ToString(), ["openedOn"] = "2026-09-01" });
        var caseId = opened.GetProperty("id").GetGuid();
        var mainId = opened.GetProperty("mainPerson").GetProperty("id").GetGuid();
        var partner = SimulatedPersons.Adults.First(p => p.Niss != citizen.Niss && p.Niss != SimulatedPersons.Adults[2].Niss);
        await namur.PutAsync($"/api/cases/{caseId}/household/de-facto", new JsonObject
        {
            ["members"] = new JsonArray(
                new JsonObject { ["personId"] = mainId.ToString(), ["relation"] = "MainPerson", ["from"] = "2026-09-01" },
                new JsonObject { ["niss"] = partner.Niss.ToString(), ["relation"] = "Partner", ["from"] = "2026-10-01" }),
        });

        var (status, refresh) = await namur.PostAsync($"/api/cases/{caseId}/household/official/refresh", new JsonObject());

        status.ShouldBe(HttpStatusCode.OK, refresh.GetRawText());
        refresh.GetProperty("onlyDeFacto").EnumerateArray().Select(p => p.GetProperty("niss").GetString()).ShouldBe([partner.Niss.ToString()]);
        refresh.GetProperty("onlyOfficial").EnumerateArray().Select(p => p.GetProperty("niss").GetString()).ShouldNotContain(partner.Niss.ToString());
    }

    private static async Task<(Guid CaseId, Guid MainId)> DemoCaseAsync(ApiSession session)
    {
        var caseId = await CaseEndpointsTests.CaseIdAsync(session, "NA-2026-0001");
        var (_, details) = await session.GetAsync($"/api/cases/{caseId}");
        return (caseId, details.GetProperty("mainPerson").GetProperty("id").GetGuid());
    }
}
