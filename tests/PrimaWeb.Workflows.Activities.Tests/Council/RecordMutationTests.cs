using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Activities.Tests.Workflows;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Tests.Council;

public sealed class RecordMutationTests
{
    // The Council's task, then the form: what a definition's yearly review leads to when the aid is suspended or withdrawn.
    private static readonly string Mutation = new JsonObject
    {
        ["definitionId"] = "dis-mutation",
        ["version"] = 1,
        ["name"] = "dis-mutation",
        ["effectiveFrom"] = "2024-01-01",
        ["status"] = "published",
        ["activities"] = new JsonArray
        {
            new JsonObject { ["id"] = "start", ["type"] = "Core.Start" },
            new JsonObject { ["id"] = "council", ["type"] = "Council.RecordMutation", ["inputs"] = new JsonObject() },
            new JsonObject { ["id"] = "form", ["type"] = "SppIs.SendForm", ["inputs"] = new JsonObject() },
            new JsonObject { ["id"] = "end", ["type"] = "Core.End" },
        },
        ["connections"] = new JsonArray
        {
            new JsonObject { ["from"] = "start", ["to"] = "council" },
            new JsonObject { ["from"] = "council", ["outcome"] = "Suspended", ["to"] = "form" },
            new JsonObject { ["from"] = "council", ["outcome"] = "Withdrawn", ["to"] = "form" },
            new JsonObject { ["from"] = "council", ["outcome"] = "Resumed", ["to"] = "form" },
            new JsonObject { ["from"] = "form", ["outcome"] = "Sent", ["to"] = "end" },
            new JsonObject { ["from"] = "form", ["outcome"] = "NoForm", ["to"] = "end" },
            new JsonObject { ["from"] = "form", ["outcome"] = "NotIntegrated", ["to"] = "end" },
        },
    }.ToJsonString();

    [Fact]
    public async Task A_suspension_of_a_granted_DIS_sends_a_StopAttest_SUSPENSION_with_its_period()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await GrantedAsync(harness);
        var from = harness.Today;
        var until = harness.Today.AddDays(30);

        await harness.StartAsync("dis-mutation", scenario.Case, scenario.Request, scenario.Person);
        await harness.CompleteAsync("council-mutation", Payload("Suspend", harness.Today, from, until, "Refus de collaborer au PIIS."), RequestHarness.Manager);

        scenario.Request.Status.ShouldBe(RequestStatus.Suspended);
        var form = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.Type == SppIsFormType.DisSuspension);
        form.DueOn.ShouldBe(new DateOnly(2026, 4, 8)); // DisFormDue: the 8th of the month after the decision
        form.DecisionId.ShouldBe(scenario.Request.LatestDecision!.Id);
        var content = JsonNode.Parse(form.ContentJson)!;
        content["Kind"]!.GetValue<string>().ShouldBe("SUSPENSION");
        content["EffectiveDate"]!.GetValue<string>().ShouldBe(Text(from));
        content["EndDate"]!.GetValue<string>().ShouldBe(Text(until));
        content["Reason"]!.GetValue<string>().ShouldBe("Refus de collaborer au PIIS.");
        harness.CaseFile.Records.OfType<SppIsForm>().ShouldNotContain(f => f.Type == SppIsFormType.A036Cancel || f.Type == SppIsFormType.A036Modify);
        (await harness.PendingOutboxAsync()).ShouldContain(m => m.MessageType == "SppIs.SendForm" && m.IdempotencyKey == form.IdempotencyKey);
    }

    [Fact]
    public async Task A_withdrawal_from_the_aids_first_day_sends_a_StopAttest_WITHDRAWAL_and_cancels_the_A036()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await GrantedAsync(harness);
        var from = scenario.Request.LatestDecision!.Terms!.From;

        await harness.StartAsync("dis-mutation", scenario.Case, scenario.Request, scenario.Person);
        await harness.CompleteAsync("council-mutation", Payload("Withdraw", harness.Today, from, null, "Ressources non déclarées."), RequestHarness.Manager);

        scenario.Request.Status.ShouldBe(RequestStatus.Withdrawn);
        var forms = harness.CaseFile.Records.OfType<SppIsForm>().ToList();
        var stop = JsonNode.Parse(forms.Single(f => f.Type == SppIsFormType.DisWithdrawal).ContentJson)!;
        stop["Kind"]!.GetValue<string>().ShouldBe("WITHDRAWAL");
        stop["EffectiveDate"]!.GetValue<string>().ShouldBe(Text(from));
        stop["EndDate"].ShouldBeNull();
        var cancel = forms.Single(f => f.Type == SppIsFormType.A036Cancel);
        cancel.DueOn.ShouldBe(harness.Today.AddDays(7));
        JsonNode.Parse(cancel.ContentJson)!["Action"]!.GetValue<string>().ShouldBe("CANCEL");
    }

    [Fact]
    public async Task A_withdrawal_after_the_aids_first_day_moves_the_A036_end_to_its_day_within_seven_days()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await GrantedAsync(harness);
        var grant = scenario.Request.LatestDecision!;
        var from = harness.Today.AddDays(28);

        await harness.StartAsync("dis-mutation", scenario.Case, scenario.Request, scenario.Person);
        await harness.CompleteAsync("council-mutation", Payload("Withdraw", harness.Today, from, null, "Reprise du travail."), RequestHarness.Manager);

        var withdrawal = scenario.Request.LatestDecision!;
        withdrawal.Outcome.ShouldBe(DecisionOutcome.Withdrawn);
        withdrawal.EffectiveFrom.ShouldBe(from);
        var a036 = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.Type == SppIsFormType.A036Modify);
        a036.DecisionId.ShouldBe(withdrawal.Id);
        a036.DueOn.ShouldBe(harness.Today.AddDays(7));
        var content = JsonNode.Parse(a036.ContentJson)!;
        content["Action"]!.GetValue<string>().ShouldBe("MODIFY");
        content["Period"]!["StartDate"]!.GetValue<string>().ShouldBe(Text(grant.Terms!.From));
        content["Period"]!["EndDate"]!.GetValue<string>().ShouldBe(Text(from));
        (await harness.PendingOutboxAsync()).ShouldContain(m => m.IdempotencyKey == a036.IdempotencyKey);
    }

    [Fact]
    public async Task A_resumption_offers_resume_or_withdraw_and_sends_form_B_REVISION_from_its_day_with_the_grants_amount()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await GrantedAsync(harness);
        var grant = scenario.Request.LatestDecision!;
        await harness.StartAsync("dis-mutation", scenario.Case, scenario.Request, scenario.Person);
        await harness.CompleteAsync("council-mutation", Payload("Suspend", harness.Today, harness.Today, null, "PIIS."), RequestHarness.Manager);
        var resumeOn = harness.Today;

        await harness.StartAsync("dis-mutation", scenario.Case, scenario.Request, scenario.Person);
        var task = (await harness.OpenTasksAsync("council-mutation")).ShouldHaveSingleItem();
        await harness.CompleteAsync("council-mutation", Payload("Resume", harness.Today, resumeOn, null, "Collabore de nouveau."), RequestHarness.Manager);

        task.Title.ShouldBe("Resumption or withdrawal");
        task.ReadForm().Single(f => f.Name == "mutation").Choices.ShouldBe(["Resume", "Withdraw"]);
        scenario.Request.Decisions.Select(d => d.Outcome).ShouldBe([DecisionOutcome.Granted, DecisionOutcome.Suspended, DecisionOutcome.Resumed]);
        scenario.Request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
        var form = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.Type == SppIsFormType.DisRevision);
        form.DecisionId.ShouldBe(scenario.Request.LatestDecision!.Id);
        var content = JsonNode.Parse(form.ContentJson)!;
        content["Decision"]!.GetValue<string>().ShouldBe("REVISION");
        content["EffectiveDate"]!.GetValue<string>().ShouldBe(Text(resumeOn));
        content["MonthlyAmount"]!.GetValue<decimal>().ShouldBe(grant.Terms!.MonthlyAmount);
    }

    private static async Task<RequestScenario> GrantedAsync(RequestHarness harness)
    {
        await harness.ImportAsync(Mutation);
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);
        scenario.Request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
        return scenario;
    }

    private static JsonObject Payload(string mutation, DateOnly decidedOn, DateOnly from, DateOnly? until, string reason)
    {
        var payload = new JsonObject { ["mutation"] = mutation, ["decidedOn"] = Text(decidedOn), ["from"] = Text(from), ["reason"] = reason };
        if (until is { } end)
        {
            payload["until"] = Text(end);
        }

        return payload;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
