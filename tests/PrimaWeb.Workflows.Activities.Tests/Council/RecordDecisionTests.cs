using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Tests.Council;

public sealed class RecordDecisionTests
{
    [Fact]
    public async Task A_grant_with_another_amount_and_period_records_those_terms_and_the_legal_deadlines()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-council", "Council.RecordDecision", new JsonObject(), "Granted", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, new DateOnly(2026, 2, 20));
        request.StartInvestigation();
        request.PrepareProposal();
        var instanceId = await harness.StartAsync("t-council", @case, request, main);
        request.Status.ShouldBe(RequestStatus.SubmittedToCouncil);
        (await harness.OpenTasksAsync("council-decision")).ShouldHaveSingleItem().CandidateRole.ShouldBe("Manager");

        await harness.CompleteAsync("council-decision", new JsonObject
        {
            ["decision"] = "GrantedModified",
            ["decidedOn"] = "2026-03-02",
            ["category"] = "Cohabitant",
            ["monthlyAmount"] = 512.34m,
            ["from"] = "2026-03-01",
            ["until"] = "2026-08-31",
            ["motivation"] = "Octroi réduit : contribution du cohabitant.",
        }, RequestHarness.Manager);

        var decision = request.LatestDecision.ShouldNotBeNull();
        decision.Outcome.ShouldBe(DecisionOutcome.Granted);
        decision.DecidedOn.ShouldBe(new DateOnly(2026, 3, 2));
        decision.EffectiveFrom.ShouldBe(new DateOnly(2026, 3, 1));
        decision.Terms.ShouldBe(new DecisionTerms(RisCategory.Cohabitant, 512.34m, new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31)));
        decision.Motivation.ShouldBe("Octroi réduit : contribution du cohabitant.");
        request.Status.ShouldBe(RequestStatus.Granted);
        var variables = (await harness.InstanceAsync(instanceId)).State.Variables;
        variables["decisionOutcome"]!.GetValue<string>().ShouldBe("GrantedModified");
        variables["grantedCode"]!.GetValue<int>().ShouldBe(2);
        variables["grantedUntil"]!.GetValue<string>().ShouldBe("2026-08-31");
        variables["notificationDueOn"]!.GetValue<string>().ShouldBe("2026-03-10");
        variables["formsDueOn"]!.GetValue<string>().ShouldBe("2026-04-08");
        variables["a036DueOn"]!.GetValue<string>().ShouldBe("2026-03-09");
    }

    [Fact]
    public async Task A_refusal_records_the_motivation_and_no_terms()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-council", "Council.RecordDecision", new JsonObject(), "Granted", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.EquivalentRis, new DateOnly(2026, 2, 20));
        request.StartInvestigation();
        request.PrepareProposal();
        await harness.StartAsync("t-council", @case, request, main);

        await harness.CompleteAsync("council-decision", new JsonObject { ["decision"] = "Refused", ["decidedOn"] = "2026-03-02", ["motivation"] = "Pas d'état de besoin." });

        var decision = request.LatestDecision.ShouldNotBeNull();
        decision.Outcome.ShouldBe(DecisionOutcome.Refused);
        decision.Terms.ShouldBeNull();
        decision.Motivation.ShouldBe("Pas d'état de besoin.");
        request.Status.ShouldBe(RequestStatus.Refused);
    }

    [Fact]
    public async Task A_grant_said_modified_without_its_new_terms_is_refused_with_a_message_saying_what_is_missing_and_records_nothing()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-council", "Council.RecordDecision", new JsonObject(), "Granted", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, new DateOnly(2026, 2, 20));
        request.StartInvestigation();
        request.PrepareProposal();
        var instanceId = await harness.StartAsync("t-council", @case, request, main);
        var task = (await harness.OpenTasksAsync("council-decision")).ShouldHaveSingleItem();

        var result = await harness.InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, "op-1", RequestHarness.Manager),
            new JsonObject { ["decision"] = "GrantedModified", ["decidedOn"] = "2026-03-02" },
            CancellationToken.None));

        // A refusal of what the manager typed, not a fault: the task stays open to be corrected, nothing is recorded.
        result.Status.ShouldBe(TaskOperationStatus.Rejected);
        var refusal = result.Refusals.ShouldHaveSingleItem();
        (refusal.Field, refusal.Code).ShouldBe(("monthlyAmount", RuleCodes.ModifiedGrantTermsRequired));
        refusal.Message.ShouldContain("states the amount, the start or the end the Council decided");
        (await harness.InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListOpenIncidentsAsync(
            new IncidentFilter { InstanceId = instanceId }, CancellationToken.None))).ShouldBeEmpty();
        (await harness.OpenTasksAsync("council-decision")).ShouldHaveSingleItem().Revision.ShouldBe(task.Revision);
        request.Decisions.ShouldBeEmpty();
    }
}
