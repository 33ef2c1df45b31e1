using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>
/// definitions/dis/v2.json (requests received from 3 December 2026) on the engine, the in-memory case file and the
/// simulator: the integrations end when the aid does (issue 14 point 2), and the letter and the A036 do not wait for
/// the SPP-IS answer (point 1).
/// </summary>
public sealed class DisVersion2Tests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_refusal_accepted_by_the_SPP_IS_ends_the_integration_en_enquete_on_the_decision_day_and_closes_the_request()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis);
        var decidedOn = harness.Today;

        await harness.CompleteAsync("council-decision", RequestScenario.Council("Refused", decidedOn, motivation: "Ressources suffisantes."), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        var letterBeforeAnswer = harness.CaseFile.Records.OfType<NotificationLetter>().Count(l => l.RequestId == scenario.Request.Id);
        var inquiryBeforeAnswer = harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations.Single().End;
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();

        (await harness.InstanceAsync(scenario.InstanceId)).DefinitionVersion.ShouldBe(2);
        letterBeforeAnswer.ShouldBe(1, "the letter does not wait for the SPP-IS answer");
        inquiryBeforeAnswer.ShouldBe(decidedOn.AddMonths(2).AddDays(-1), "the form C needs the integration until the SPP-IS answers");
        var inquiry = harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations.ShouldHaveSingleItem();
        inquiry.Code.ShouldBe(CapacityCode.UnderInvestigation);
        inquiry.End.ShouldBe(decidedOn);
        harness.Simulator.State.Register.IsIntegrated(RequestHarness.Tenant, scenario.Person.Niss, decidedOn.AddDays(1)).ShouldBeFalse("the BCSS was told");
        scenario.Request.Status.ShouldBe(RequestStatus.Closed);
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
    }

    [Fact]
    public async Task A_form_blocked_past_its_deadline_is_flagged_overdue_while_the_letter_and_the_A036_made_on_time_are_not()
    {
        // The grant starts before the integration en enquête: the form B control refuses it (not integrated on its
        // effective date) until the social worker acts; the integration under code 2 then covers the A036.
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis);
        var decision = RequestScenario.Council("Granted", harness.Today);
        decision["from"] = harness.Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await harness.CompleteAsync("council-decision", decision, RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        var blocked = await harness.OpenTasksAsync("form-not-integrated");
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 9, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();

        blocked.ShouldHaveSingleItem();
        harness.CaseFile.Records.OfType<SppIsForm>().ShouldContain(f => f.RequestId == scenario.Request.Id && f.Type == SppIsFormType.A036Create);
        var variables = (await harness.InstanceAsync(scenario.InstanceId)).State.Variables;
        variables["formsDueOn"]!.GetValue<string>().ShouldBe("2027-01-08", "8 days after the end of the decision's month");
        variables["formsOverdue"]!.GetValue<bool>().ShouldBeTrue();
        variables["notificationOverdue"]!.GetValue<bool>().ShouldBeFalse();
        variables["a036Overdue"]!.GetValue<bool>().ShouldBeFalse();
        (await harness.OpenTasksAsync("forms-overdue")).ShouldHaveSingleItem().CandidateRole.ShouldBe("Manager");
        (await harness.OpenTasksAsync("notification-overdue")).ShouldBeEmpty();
        (await harness.OpenTasksAsync("a036-overdue")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_withdrawal_at_the_yearly_review_ends_every_integration_on_the_day_it_takes_effect()
    {
        await using var harness = await RequestHarness.StartAsync();
        harness.Clock.SetUtcNow(Monday);
        var scenario = await RequestScenario.GrantedAsync(harness, "dis", RequestType.Dis);
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 11, 7, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        await harness.CompleteAsync("integration-expiring", new JsonObject { ["choice"] = "extend" });
        await harness.DeliverOutboxAsync();
        harness.Clock.SetUtcNow(new DateTimeOffset(2027, 12, 8, 7, 0, 0, TimeSpan.Zero));
        await harness.FireDueTimersAsync();
        var withdrawnFrom = new DateOnly(2027, 12, 31);

        await harness.CompleteAsync("ris-review", new JsonObject { ["outcome"] = "withdraw" });
        await harness.CompleteAsync("council-mutation", new JsonObject
        {
            ["mutation"] = "Withdraw",
            ["decidedOn"] = harness.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["from"] = withdrawnFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reason"] = "Ressources non déclarées.",
        }, RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();

        var integrations = harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations.Where(i => !i.IsCancelled).ToList();
        integrations.ShouldContain(i => i.Code == CapacityCode.IntegrationIncome && i.End == withdrawnFrom);
        integrations.ShouldAllBe(i => i.End <= withdrawnFrom);
        scenario.Request.Status.ShouldBe(RequestStatus.Withdrawn);
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
    }
}
