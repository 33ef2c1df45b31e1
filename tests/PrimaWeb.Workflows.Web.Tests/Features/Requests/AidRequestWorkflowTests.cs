using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace PrimaWeb.Workflows.Web.Tests.Features.Requests;

/// <summary>
/// Issue 18 points 2 to 5: other aid and the installation premium end to end through the API, on the real definitions
/// (other-aid/v1, installation-premium/v1), the reference data and the simulator, with the clock driven by the test.
/// </summary>
public sealed class AidRequestWorkflowTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RequestWorkflowApp _app;

    public AidRequestWorkflowTests() => _app = new RequestWorkflowApp(_clock);

    public void Dispose()
    {
        _app.Dispose();
        PrimaWebFactory.DeleteDatabase(_app.DatabaseFile);
    }

    [Fact]
    public async Task OtherAid_Granted_ConsultsTheChosenFlowsIntegratesCode4OverTheAidPeriodAttestsTheRentAndWritesTheAmountInFrench()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 11, type: "OtherAid");
        await AskAsync(flow, "rent", 450);
        await flow.CompleteAsync(flow.Worker, "choose-consultations", new JsonObject { ["consultRegister"] = true, ["consultInsurability"] = true, ["consultPensions"] = false });
        await flow.CompleteAsync(flow.Worker, "aid-social-report", new JsonObject { ["report"] = "Arriérés de loyer après une hospitalisation.", ["proposal"] = "Grant" });

        await flow.CompleteAsync(flow.Manager, "aid-council-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(_app.Today) });
        await _app.DeliverOutboxAsync();

        var file = await flow.FileAsync();
        file.GetProperty("consultations").EnumerateArray().Select(c => c.GetProperty("service").GetString()).Distinct()
            .ShouldBe(["OCMWCPASPerformInvestigation", "OCMWCPASHealthInsurance"], ignoreOrder: true, "only the flows the social worker chose");
        var aid = file.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("code").GetInt32() == 4);
        (aid.GetProperty("start").GetString(), aid.GetProperty("end").GetString()).ShouldBe(("2026-03-01", "2026-05-31"));
        file.GetProperty("forms").EnumerateArray().ShouldHaveSingleItem().GetProperty("type").GetString().ShouldBe("A036Create", "the reference data says a rent aid needs an A036");
        file.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem().GetProperty("outcome").GetString().ShouldBe("Granted");
        file.GetProperty("aids").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "aid-proposal")
            .GetProperty("amount").GetDecimal().ShouldBe(450m, "a proposal without figures proposes the aid asked, and the case file keeps it");
        var letter = file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem();
        letter.GetProperty("template").GetString().ShouldBe("other-aid-decision.fr");
        var text = await flow.LetterTextAsync(letter);
        text.ShouldContain("aide au loyer");
        text.ShouldContain("450,00 €");
        text.ShouldContain("du 01/03/2026 au 31/05/2026");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed", "other aid sends no form to the SPP-IS: it closes after the decision");
    }

    [Fact]
    public async Task OtherAid_Refused_WritesTheMotivationAndTheAppealToTheLabourCourtWithinThreeMonthsAndIntegratesNoCode4()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 12, type: "OtherAid");
        await AskAsync(flow, "food", 120);
        await flow.CompleteAsync(flow.Worker, "choose-consultations", new JsonObject { ["consultRegister"] = true });
        await flow.CompleteAsync(flow.Worker, "aid-social-report", new JsonObject { ["report"] = "Revenus suffisants pour l'alimentation.", ["proposal"] = "Refuse" });

        await flow.CompleteAsync(flow.Manager, "aid-council-decision", new JsonObject
        {
            ["decision"] = "Refused",
            ["decidedOn"] = RequestFlow.Date(_app.Today),
            ["motivation"] = "Vos ressources couvrent vos besoins alimentaires.",
        });
        await _app.DeliverOutboxAsync();

        var file = await flow.FileAsync();
        file.GetProperty("integrations").EnumerateArray().Select(i => i.GetProperty("code").GetInt32()).ShouldBe([1]);
        file.GetProperty("forms").GetArrayLength().ShouldBe(0);
        var text = await flow.LetterTextAsync(file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem());
        text.ShouldContain("<strong>refusée</strong>");
        text.ShouldContain("Vos ressources couvrent vos besoins alimentaires.");
        text.ShouldContain("tribunal du travail");
        text.ShouldContain("<strong>3 mois</strong>");
        text.ShouldContain("article 71 de la loi organique");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed");
    }

    [Fact]
    public async Task InstallationPremium_GrantedAndAcceptedBySppIs_SendsTheOrganicLawFormWithTheDwellingAndWritesTheLetter()
    {
        var flow = await RequestFlow.FileAsync(_app, person: 13, type: "InstallationPremium");

        await GrantPremiumAsync(flow);

        var file = await flow.FileAsync();
        var form = file.GetProperty("forms").EnumerateArray().ShouldHaveSingleItem();
        (form.GetProperty("type").GetString(), form.GetProperty("status").GetString()).ShouldBe(("OrganicLaw", "Accepted"));
        var content = JsonNode.Parse(form.GetProperty("contentJson").GetString()!)!;
        content["Amount"]!.GetValue<decimal>().ShouldBe(1444.20m);
        content["Dwelling"]!["StreetName"]!.GetValue<string>().ShouldBe("Rue des Brasseurs");
        var text = await flow.LetterTextAsync(file.GetProperty("letters").EnumerateArray().ShouldHaveSingleItem());
        text.ShouldContain("<strong>prime d'installation</strong>");
        text.ShouldContain("1.444,20 €");
        text.ShouldContain("Rue des Brasseurs 7, 5000 Namur");
        text.ShouldContain("hébergement d&#x27;urgence", Case.Insensitive, "the situation left, in French");
        (await flow.RequestAsync()).GetProperty("status").GetString().ShouldBe("Closed");
    }

    [Fact]
    public async Task InstallationPremium_ASecondRequestOfTheSamePerson_OffersTheCouncilTheRefusalOnlyAndItsLetterSaysOnceInALifetime()
    {
        var first = await RequestFlow.FileAsync(_app, person: 14, type: "InstallationPremium");
        await GrantPremiumAsync(first);
        var (filed, request) = await first.Worker.PostAsync($"/api/cases/{first.CaseId}/requests", new JsonObject { ["type"] = "InstallationPremium", ["receivedOn"] = RequestFlow.Date(_app.Today) });
        filed.ShouldBe(HttpStatusCode.Created, request.ToString());
        await _app.DeliverOutboxAsync();
        var second = new RequestFlow(_app, first.Worker, first.Manager, first.CaseId, request.GetProperty("id").GetGuid());

        await second.CompleteAsync(second.Worker, "installation-premium-conditions", Dwelling());

        (await second.FindTaskAsync(second.Worker, "aid-social-report")).ShouldBeNull("unmet conditions go to the Council's refusal without a proposal");
        var council = (await second.FindTaskAsync(second.Manager, "aid-council-decision")).ShouldNotBeNull();
        var (granted, _) = await second.Manager.PostAsync($"/api/tasks/{council.GetProperty("id").GetGuid()}/complete", new JsonObject
        {
            ["expectedRevision"] = council.GetProperty("revision").GetInt32(),
            ["operationId"] = "grant-again",
            ["payload"] = new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(_app.Today) },
        });
        granted.ShouldNotBe(HttpStatusCode.OK, "the premium is granted once in a lifetime");
        await second.CompleteAsync(second.Manager, "aid-council-decision", new JsonObject { ["decision"] = "Refused", ["decidedOn"] = RequestFlow.Date(_app.Today) });

        var file = await second.FileAsync();
        file.GetProperty("forms").EnumerateArray().Count(f => f.GetProperty("requestId").GetGuid() == second.RequestId).ShouldBe(0);
        var letter = file.GetProperty("letters").EnumerateArray().Single(l => l.GetProperty("requestId").GetGuid() == second.RequestId);
        var text = await second.LetterTextAsync(letter);
        text.ShouldContain("<strong>refusée</strong>");
        text.ShouldContain("une seule fois dans la vie");
        text.ShouldContain("tribunal du travail");
        (await second.RequestAsync()).GetProperty("status").GetString().ShouldBe("Refused");
    }

    private static Task AskAsync(RequestFlow flow, string kind, decimal amount) =>
        flow.CompleteAsync(flow.Worker, "other-aid-request", new JsonObject
        {
            ["aidKind"] = kind,
            ["amount"] = amount,
            ["from"] = "2026-03-01",
            ["until"] = "2026-05-31",
            ["description"] = "Demande au guichet.",
        });

    private static JsonObject Dwelling() => new()
    {
        ["formerSituation"] = "emergencyShelter",
        ["dwellingFrom"] = "2026-02-26",
        ["street"] = "Rue des Brasseurs",
        ["houseNumber"] = "7",
        ["postalCode"] = "5000",
        ["municipality"] = "Namur",
    };

    private async Task GrantPremiumAsync(RequestFlow flow)
    {
        await flow.CompleteAsync(flow.Worker, "installation-premium-conditions", Dwelling());
        await flow.CompleteAsync(flow.Worker, "aid-social-report", new JsonObject { ["report"] = "Quitte l'abri de nuit pour un studio.", ["proposal"] = "Grant" });
        await flow.CompleteAsync(flow.Manager, "aid-council-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = RequestFlow.Date(_app.Today) });
        (await flow.ExchangeWithSppIsAsync()).ShouldBe(1);
    }
}
