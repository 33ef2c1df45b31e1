using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Aid;

public sealed class CheckInstallationPremiumTests
{
    private static readonly DateOnly Received = new(2026, 2, 20);

    private static JsonObject Conditions(string situation = "emergencyShelter") => new()
    {
        ["formerSituation"] = situation,
        ["dwellingFrom"] = "2026-02-15",
        ["street"] = "Rue des Brasseurs",
        ["houseNumber"] = "7",
        ["postalCode"] = "5000",
        ["municipality"] = "Namur",
    };

    [Fact]
    public async Task A_person_leaving_a_shelter_for_the_first_time_is_eligible_with_the_reference_amount_and_the_dwelling_is_kept()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (instanceId, _) = await StartAsync(harness, harness.AddPerson(harness.Adults().First()));

        await harness.CompleteAsync("installation-premium-conditions", Conditions());

        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["outcome"]!.GetValue<string>().ShouldBe("Eligible");
        variables["aidAmount"]!.GetValue<decimal>().ShouldBe(1444.20m);
        variables["premiumRefusal"]!.GetValue<string>().ShouldBeEmpty();
        var record = harness.CaseFile.Records.OfType<AidRecord>().ShouldHaveSingleItem();
        record.Kind.ShouldBe("installation-premium");
        var conditions = AidDetails.Read<PremiumConditions>(record);
        conditions.Dwelling.ShouldBe(new Address("Rue des Brasseurs", "7", null, "5000", "Namur"));
        (conditions.FormerSituation, conditions.DwellingFrom, conditions.Refusal).ShouldBe(("emergencyShelter", new DateOnly(2026, 2, 15), (string?)null));
    }

    [Fact]
    public async Task A_person_who_was_housed_does_not_leave_homelessness()
    {
        await using var harness = await RequestHarness.StartAsync();
        var (instanceId, _) = await StartAsync(harness, harness.AddPerson(harness.Adults().First()));

        await harness.CompleteAsync("installation-premium-conditions", Conditions("housed"));

        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["outcome"]!.GetValue<string>().ShouldBe("NotEligible");
        variables["premiumRefusal"]!.GetValue<string>().ShouldBe("NotHomeless");
    }

    [Fact]
    public async Task A_second_premium_for_the_same_person_is_refused_once_in_a_lifetime_but_another_persons_premium_does_not_count()
    {
        await using var harness = await RequestHarness.StartAsync();
        var adults = harness.Adults().Take(2).ToList();
        var main = harness.AddPerson(adults[0]);
        var other = harness.AddPerson(adults[1]);
        Granted(harness, other, new DateOnly(2025, 5, 1));
        var (first, _) = await StartAsync(harness, main);
        await harness.CompleteAsync("installation-premium-conditions", Conditions());
        (await harness.InstanceAsync(first)).State.Variables["outcome"]!.GetValue<string>().ShouldBe("Eligible", "another person's premium does not count");

        Granted(harness, main, new DateOnly(2025, 6, 1));
        var (second, _) = await StartAsync(harness, main);
        await harness.CompleteAsync("installation-premium-conditions", Conditions());

        var variables = (await harness.InstanceAsync(second)).State.Variables;
        variables["outcome"]!.GetValue<string>().ShouldBe("NotEligible");
        variables["premiumRefusal"]!.GetValue<string>().ShouldBe("AlreadyGranted");
    }

    private static async Task<(Guid Instance, Request Request)> StartAsync(RequestHarness harness, Person main)
    {
        await harness.ImportAsync(SingleStep.Definition("t-premium", "Aid.CheckInstallationPremium", new JsonObject(), "Eligible", "NotEligible"));
        var (@case, request) = harness.OpenRequest(main, RequestType.InstallationPremium, Received);
        return (await harness.StartAsync("t-premium", @case, request, main), request);
    }

    /// <summary>An earlier installation premium of <paramref name="person"/>, granted on <paramref name="decidedOn"/>.</summary>
    private static void Granted(RequestHarness harness, Person person, DateOnly decidedOn)
    {
        var (_, request) = harness.OpenRequest(person, RequestType.InstallationPremium, decidedOn.AddDays(-10));
        request.StartInvestigation();
        request.PrepareProposal();
        request.SubmitToCouncil();
        request.Grant(decidedOn, decidedOn, harness.Today);
    }
}
