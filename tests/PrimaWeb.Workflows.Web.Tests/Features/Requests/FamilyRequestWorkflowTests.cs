using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// Issue 14 point 9: a category 3 household with two children, end to end through the API on the real definitions
/// (equivalent-ris/v3, requests from 1 January 2027) and the simulator — who is integrated under which code at the BCSS,
/// and who form A names.
/// </summary>
public sealed class FamilyRequestWorkflowTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public FamilyRequestWorkflowTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task EquivalentRis_ForACoupleWithTwoMinorChildren_IntegratesAllFourUnderCode3AndFormANamesThePartnerAndTheChildren()
    {
        var (main, partner, children) = SimulatedPersons.Family(children: 2, _app.Today);
        var worker = await _app.SignInAsync("namur-social-worker");
        var manager = await _app.SignInAsync("namur-manager");
        var livesSince = RequestFlow.Date(_app.Today.AddDays(-30));
        var (_, opened) = await worker.PostAsync("/api/cases", new JsonObject { ["niss"] = main.Niss.ToString(), ["openedOn"] = livesSince });
        var caseId = opened.GetProperty("id").GetGuid();
        JsonObject Member(string niss, string relation) => new() { ["niss"] = niss, ["relation"] = relation, ["from"] = livesSince };
        var (household, _) = await worker.PutAsync($"/api/cases/{caseId}/household/de-facto", new JsonObject
        {
            ["members"] = new JsonArray(
                new JsonObject { ["personId"] = opened.GetProperty("mainPerson").GetProperty("id").GetGuid(), ["relation"] = "MainPerson", ["from"] = livesSince },
                Member(partner.Niss.ToString(), "Partner"),
                Member(children[0].Niss.ToString(), "Child"),
                Member(children[1].Niss.ToString(), "Child")),
        });
        household.ShouldBe(HttpStatusCode.OK);
        var (filed, request) = await worker.PostAsync($"/api/cases/{caseId}/requests", new JsonObject { ["type"] = "EquivalentRis", ["receivedOn"] = RequestFlow.Date(_app.Today) });
        filed.ShouldBe(HttpStatusCode.Created, request.ToString());
        await _app.DeliverOutboxAsync();
        var flow = new RequestFlow(_app, worker, manager, caseId, request.GetProperty("id").GetGuid());

        await flow.CompleteAsync(worker, "record-resources", new JsonObject { ["category"] = "FamilyWithDependants", ["rent"] = 750 });
        await flow.CompleteAsync(worker, "social-report", new JsonObject { ["report"] = "Couple sans revenus avec deux enfants mineurs.", ["proposal"] = "Grant" });
        await flow.DecideAsync("Granted");
        await flow.ExchangeWithSppIsAsync();

        var file = await flow.FileAsync();
        var decision = file.GetProperty("decisions").EnumerateArray().Single();
        decision.GetProperty("terms").GetProperty("category").GetString().ShouldBe("FamilyWithDependants");
        var formAb = file.GetProperty("forms").EnumerateArray().Single(f => f.GetProperty("type").GetString() == "Loi65AB");
        formAb.GetProperty("status").GetString().ShouldBe("Accepted");
        var formA = JsonNode.Parse(formAb.GetProperty("contentJson").GetString()!)!["FormA"]!;
        formA["MainBeneficiary"]!.GetValue<string>().ShouldBe(main.Niss.ToString());
        formA["NationalityCode"]!.GetValue<int>().ShouldBe(main.NationalityCode);
        formA["SecondaryBeneficiaries"]!.AsArray().Select(s => (s!["SSIN"]!.GetValue<string>(), s["Relationship"]!.GetValue<string>())).ShouldBe(
            [(partner.Niss.ToString(), "PARTNER"), (children[0].Niss.ToString(), "CHILD"), (children[1].Niss.ToString(), "CHILD")], ignoreOrder: true);

        var (_, details) = await worker.GetAsync($"/api/cases/{caseId}");
        foreach (var person in details.GetProperty("deFactoHousehold").EnumerateArray())
        {
            var codes = await BcssCodesOnAsync(worker, caseId, person.GetProperty("personId").GetGuid(), _app.Today.AddMonths(3));
            codes.ShouldBe([3], $"{person.GetProperty("relation").GetString()} is a beneficiary of the equivalent RIS (code 3), not a mere cohabitant (code 5)");
        }
    }

    /// <summary>The codes of Namur's integrations the BCSS directory holds for a person on a day (GET …/integrations).</summary>
    private static async Task<int[]> BcssCodesOnAsync(ApiSession session, Guid caseId, Guid personId, DateOnly day)
    {
        var (status, answer) = await session.GetAsync($"/api/cases/{caseId}/persons/{personId}/integrations");
        status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        var on = RequestFlow.Date(day);
        return
        [
            .. answer.GetProperty("integrations").EnumerateArray()
                .Where(i => string.CompareOrdinal(i.GetProperty("from").GetString(), on) <= 0
                    && (i.GetProperty("until").ValueKind == JsonValueKind.Null || string.CompareOrdinal(i.GetProperty("until").GetString(), on) >= 0))
                .Select(i => i.GetProperty("code").GetInt32())
                .Distinct(),
        ];
    }
}
