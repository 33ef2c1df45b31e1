using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Tests.Council;

public sealed class RecordAidDecisionTests
{
    private static readonly DateOnly Received = new(2026, 2, 20);

    [Fact]
    public async Task A_grant_without_figures_takes_the_aid_asked_and_records_the_granted_amount_and_period()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(OutcomeChain.Definition("t-aid-council",
            ("asked", "Aid.RecordOtherAid", new JsonObject(), "Done"),
            ("council", "Council.RecordAidDecision", new JsonObject(), "Granted")));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.OtherAid, Received);
        request.StartInvestigation();
        request.PrepareProposal();
        var instanceId = await harness.StartAsync("t-aid-council", @case, request, main);
        await harness.CompleteAsync("other-aid-request", new JsonObject { ["aidKind"] = "energy", ["amount"] = 300, ["from"] = "2026-03-01", ["until"] = "2026-04-30" });

        await harness.CompleteAsync("aid-council-decision", new JsonObject { ["decision"] = "Granted", ["decidedOn"] = "2026-03-02" }, RequestHarness.Manager);

        var decision = request.LatestDecision.ShouldNotBeNull();
        (decision.Outcome, decision.EffectiveFrom, decision.Terms).ShouldBe((DecisionOutcome.Granted, (DateOnly?)new DateOnly(2026, 3, 1), (DecisionTerms?)null));
        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["grantedAmount"]!.GetValue<decimal>().ShouldBe(300m);
        variables["grantedUntil"]!.GetValue<string>().ShouldBe("2026-04-30");
        variables["grantedCode"]!.GetValue<int>().ShouldBe(4);
        variables["notificationDueOn"]!.GetValue<string>().ShouldBe("2026-03-10");
        var grant = harness.CaseFile.Records.OfType<AidRecord>().Single(r => r.Kind == "aid-grant");
        grant.Amount.ShouldBe(300m);
        AidDetails.Read<AidGranted>(grant).ShouldBe(new AidGranted(decision.Id, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)));
    }

    [Fact]
    public async Task When_the_conditions_are_not_met_only_the_refusal_is_offered_and_a_grant_is_not_taken()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-aid-refusal", "Council.RecordAidDecision", new JsonObject { ["refuseOnly"] = true }, "Granted", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.InstallationPremium, Received);
        request.StartInvestigation();
        var instanceId = await harness.StartAsync("t-aid-refusal", @case, request, main);
        var task = (await harness.OpenTasksAsync("aid-council-decision")).ShouldHaveSingleItem();
        task.ReadForm().Single(f => f.Name == "decision").Choices.ShouldBe(["Refused"]);

        var granted = await harness.InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, Guid.NewGuid().ToString(), RequestHarness.Manager),
            new JsonObject { ["decision"] = "Granted", ["decidedOn"] = "2026-03-02", ["amount"] = 1000 }, CancellationToken.None));
        granted.Succeeded.ShouldBeFalse();
        await harness.CompleteAsync("aid-council-decision", new JsonObject { ["decision"] = "Refused", ["decidedOn"] = "2026-03-02", ["motivation"] = "Prime déjà reçue." }, RequestHarness.Manager);

        request.LatestDecision.ShouldNotBeNull().Outcome.ShouldBe(DecisionOutcome.Refused);
        (await harness.InstanceAsync(instanceId)).State.Variables["outcome"]!.GetValue<string>().ShouldBe("Refused");
    }
}
