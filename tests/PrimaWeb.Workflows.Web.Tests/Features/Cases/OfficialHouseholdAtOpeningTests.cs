using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Web.Tests.Features.Requests;

namespace PrimaWeb.Workflows.Web.Tests.Features.Cases;

/// <summary>
/// Issue 17, point 5: a case opened through the API for a demo person whose National Register household has members
/// gets that household as its official household, with no step on screen (the register answers once the DIS's
/// integration lets the CPAS read it).
/// </summary>
public sealed class OfficialHouseholdAtOpeningTests : IDisposable
{
    private readonly RequestWorkflowApp _app = new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero)));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Open_DemoMotherOfTwo_ForAnotherCpas_TheCaseListsHerChildrenInTheOfficialHousehold()
    {
        // Julie Lefèvre is a demo person of Namur; Gent opens a case for her and files a DIS: the integration lets Gent read
        // the register, whose household lists her two children.
        using var gent = await _app.SignInAsync("gent-social-worker", "nl-BE");
        var (opened, @case) = await gent.PostAsync("/api/cases", new JsonObject { ["niss"] = DemoHouseholds.JulieLefevre, ["openedOn"] = "2026-12-01" });
        opened.ShouldBe(HttpStatusCode.Created, @case.ToString());
        var caseId = @case.GetProperty("id").GetGuid();
        var (filed, request) = await gent.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "Dis", ["receivedOn"] = "2026-12-03" });
        filed.ShouldBe(HttpStatusCode.Created, request.ToString());

        await _app.DeliverOutboxAsync();

        var (status, details) = await gent.GetAsync($"/api/cases/{caseId}");
        status.ShouldBe(HttpStatusCode.OK);
        var official = details.GetProperty("officialHousehold").EnumerateArray()
            .Select(m => (Niss: m.GetProperty("niss").GetString(), Relation: m.GetProperty("relation").GetString())).ToList();
        official.ShouldBe(
            [(DemoHouseholds.JulieLefevre, "MainPerson"), (DemoHouseholds.EmmaLefevre.ToString(), "Child"), (DemoHouseholds.NoahLefevre.ToString(), "Child")],
            ignoreOrder: true);
    }
}
