using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>definitions/dis/v1.json end to end on the engine, the in-memory case file and the simulator.</summary>
public sealed class DisWorkflowTests
{
    [Fact]
    public async Task A_granted_DIS_accepted_by_the_SPP_IS_gets_its_letter_the_code_2_integration_and_the_A036()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis);

        await harness.CompleteAsync("council-decision", RequestScenario.Council("Granted", harness.Today), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        (await harness.PollAnswersAsync()).ShouldBe(1);
        await harness.DeliverOutboxAsync();

        var records = harness.CaseFile.Records.Where(r => r.RequestId == scenario.Request.Id).ToList();
        var formB = records.OfType<SppIsForm>().Single(f => f.Type == SppIsFormType.DisGrant);
        formB.Status.ShouldBe(SppIsFormStatus.Accepted);
        formB.FormId.ShouldNotBeNull();
        var calculation = records.OfType<RisCalculationRecord>().Single();
        scenario.Request.LatestDecision!.Terms!.MonthlyAmount.ShouldBe(calculation.MonthlyAmount);
        scenario.Request.Status.ShouldBe(RequestStatus.AcceptedBySppIs);
        var letter = records.OfType<NotificationLetter>().Single();
        letter.Language.ShouldBe(Language.Fr);
        letter.Template.ShouldBe("dis-decision.fr");
        letter.DueOn.ShouldBe(harness.Today.AddDays(8));
        letter.Content.ShouldContain(scenario.Person.LastName);
        var a036 = records.OfType<SppIsForm>().Single(f => f.Type == SppIsFormType.A036Create);
        a036.Status.ShouldBe(SppIsFormStatus.Sent);
        a036.DueOn.ShouldBe(harness.Today.AddDays(7));

        var register = harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss);
        var grant = register.Integrations.Single(i => i.Code == CapacityCode.IntegrationIncome);
        grant.Start.ShouldBe(harness.Today);
        grant.End.ShouldBe(harness.Today.AddMonths(12).AddDays(-1));
        harness.Simulator.State.Register.LinesOf(RequestHarness.Tenant, scenario.Person.Niss).Select(l => l.Purpose).ShouldBe([1, 2], ignoreOrder: true);
        var instance = await harness.InstanceAsync(scenario.InstanceId);
        instance.Status.ShouldBe(WorkflowStatus.Suspended);
        instance.State.Variables["integrationEndsOn"]!.GetValue<string>().ShouldBe("2027-03-01");
    }

    [Fact]
    public async Task A_refused_DIS_sends_the_refusal_form_C_notifies_and_ends()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis, skip: 1);

        await harness.CompleteAsync("council-decision", RequestScenario.Council("Refused", harness.Today, motivation: "Ressources suffisantes."), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();

        var forms = harness.CaseFile.Records.OfType<SppIsForm>().Where(f => f.RequestId == scenario.Request.Id).ToList();
        forms.Select(f => f.Type).ShouldBe([SppIsFormType.DisRefusal]);
        forms[0].Status.ShouldBe(SppIsFormStatus.Accepted);
        forms[0].ContentJson.ShouldContain("REFUSAL");
        harness.CaseFile.Records.OfType<NotificationLetter>().Single(l => l.RequestId == scenario.Request.Id).Content.ShouldContain("Ressources suffisantes.");
        scenario.Request.Status.ShouldBe(RequestStatus.Closed);
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
        (await harness.OpenTasksAsync()).ShouldBeEmpty();
        harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations.Select(i => i.Code).ShouldBe([CapacityCode.UnderInvestigation]);
    }

    [Fact]
    public async Task A_form_refused_by_the_SPP_IS_raises_a_follow_up_task_with_its_reasons()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis, skip: 2);

        // A grant of 0.00 a month: the SPP-IS accepts the form's receipt, then refuses it.
        await harness.CompleteAsync("council-decision", RequestScenario.Council("GrantedModified", harness.Today, amount: 0m, motivation: "Montant nul."), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();

        var form = harness.CaseFile.Records.OfType<SppIsForm>().Single(f => f.RequestId == scenario.Request.Id);
        form.Status.ShouldBe(SppIsFormStatus.Refused);
        form.Reasons.Select(r => r.Code).ShouldContain("INVALID_AMOUNT");
        scenario.Request.Status.ShouldBe(RequestStatus.RejectedBySppIs);
        var task = (await harness.OpenTasksAsync("sppis-refused")).ShouldHaveSingleItem();
        task.Title.ShouldContain("INVALID_AMOUNT");
        task.CaseId.ShouldBe(scenario.Case.Id.ToString());
        task.Assignee.ShouldBe(RequestHarness.Worker);
        task.CandidateRole.ShouldBe("SocialWorker");
        harness.CaseFile.Records.OfType<NotificationLetter>().ShouldBeEmpty();
    }
}
