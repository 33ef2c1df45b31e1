using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.SppIs;

/// <summary>The forms of the aids outside the RIS: the installation premium's organic-law form and the A036 of an other aid.</summary>
public sealed class AidFormsTests
{
    private static readonly DateOnly Received = new(2026, 2, 20);

    [Fact]
    public async Task A_granted_premium_goes_to_the_SppIs_with_its_amount_and_dwelling_and_is_accepted()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(OutcomeChain.Definition("t-premium-form",
            ("integrate", "Bcss.IntegratePersons", new JsonObject { ["code"] = 1, ["members"] = "main", ["months"] = 2 }, "Done"),
            ("conditions", "Aid.CheckInstallationPremium", new JsonObject(), "Eligible"),
            ("council", "Council.RecordAidDecision", new JsonObject(), "Granted"),
            ("send", "SppIs.SendOrganicLaw", new JsonObject(), "Sent"),
            ("answer", "SppIs.AwaitAnswer", new JsonObject(), "Accepted")));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.InstallationPremium, Received);
        request.StartInvestigation();
        request.PrepareProposal();
        await harness.StartAsync("t-premium-form", @case, request, main);
        await harness.DeliverOutboxAsync();
        await harness.CompleteAsync("installation-premium-conditions", new JsonObject
        {
            ["formerSituation"] = "street",
            ["dwellingFrom"] = "2026-02-18",
            ["street"] = "Rue des Brasseurs",
            ["houseNumber"] = "7",
            ["postalCode"] = "5000",
            ["municipality"] = "Namur",
        });

        await harness.CompleteAsync("aid-council-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = "2026-03-02" }, RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();

        var form = harness.CaseFile.Records.OfType<SppIsForm>().ShouldHaveSingleItem();
        form.Type.ShouldBe(SppIsFormType.OrganicLaw);
        form.Status.ShouldBe(SppIsFormStatus.Accepted);
        var content = JsonNode.Parse(form.ContentJson)!;
        content["Amount"]!.GetValue<decimal>().ShouldBe(1444.20m);
        content["SSIN"]!.GetValue<string>().ShouldBe(main.Niss.ToString());
        content["Dwelling"]!["StreetName"]!.GetValue<string>().ShouldBe("Rue des Brasseurs");
        request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
    }

    [Fact]
    public async Task The_A036_of_an_other_aid_goes_only_when_the_kind_needs_one()
    {
        await using var harness = await RequestHarness.StartAsync();
        var definition = OutcomeChain.Definition("t-aid-a036",
            ("integrate", "Bcss.IntegratePersons", new JsonObject { ["code"] = 1, ["members"] = "main", ["months"] = 6 }, "Done"),
            ("asked", "Aid.RecordOtherAid", new JsonObject(), "Done"),
            ("council", "Council.RecordAidDecision", new JsonObject(), "Granted"),
            ("a036", "SppIs.SendAidA036", new JsonObject(), "Sent"));
        await harness.ImportAsync(definition);
        var adults = harness.Adults().Take(2).ToList();
        foreach (var (adult, kind) in new[] { (adults[0], "food"), (adults[1], "rent") })
        {
            var main = harness.AddPerson(adult);
            var (@case, request) = harness.OpenRequest(main, RequestType.OtherAid, Received);
            request.StartInvestigation();
            request.PrepareProposal();
            await harness.StartAsync("t-aid-a036", @case, request, main);
            await harness.DeliverOutboxAsync();
            await harness.CompleteAsync("other-aid-request", new JsonObject { ["aidKind"] = kind, ["amount"] = 200, ["from"] = "2026-03-01", ["until"] = "2026-05-31" });
            await harness.CompleteAsync("aid-council-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = "2026-03-02" }, RequestHarness.Manager);
        }

        var a036 = harness.CaseFile.Records.OfType<SppIsForm>().ShouldHaveSingleItem("only the rent aid is attested");
        a036.Type.ShouldBe(SppIsFormType.A036Create);
        var period = JsonNode.Parse(a036.ContentJson)!["Period"]!;
        (period["StartDate"]!.GetValue<string>(), period["EndDate"]!.GetValue<string>()).ShouldBe(("2026-03-01", "2026-05-31"));
    }
}
