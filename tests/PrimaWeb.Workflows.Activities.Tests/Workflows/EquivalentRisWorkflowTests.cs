using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Tests.Workflows;

/// <summary>definitions/equivalent-ris/v1.json end to end.</summary>
public sealed class EquivalentRisWorkflowTests
{
    [Fact]
    public async Task A_granted_equivalent_RIS_sends_forms_A_and_B1_notifies_in_Dutch_integrates_code_3_and_sends_the_A036()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.ToCouncilAsync(harness, "equivalent-ris", RequestType.EquivalentRis, Language.Nl);

        await harness.CompleteAsync("council-decision", RequestScenario.Council("Granted", harness.Today), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.PollAnswersAsync();
        await harness.DeliverOutboxAsync();

        var forms = harness.CaseFile.Records.OfType<SppIsForm>().Where(f => f.RequestId == scenario.Request.Id).ToList();
        var loi65 = forms.Single(f => f.Type == SppIsFormType.Loi65AB);
        loi65.Status.ShouldBe(SppIsFormStatus.Accepted, string.Join("; ", loi65.Reasons.Select(r => r.Description)));
        loi65.DueOn.ShouldBe(harness.Today.AddDays(45));
        loi65.ContentJson.ShouldContain("\"B1\"");
        forms.Single(f => f.Type == SppIsFormType.A036Create).ContentJson.ShouldContain("EQUIVALENT_RIS");
        var letter = harness.CaseFile.Records.OfType<NotificationLetter>().Single(l => l.RequestId == scenario.Request.Id);
        letter.Language.ShouldBe(Language.Nl);
        letter.Template.ShouldBe("equivalent-ris-decision.nl");
        letter.Content.ShouldContain("beslissing");
        harness.CaseFile.Register(RequestHarness.Tenant, scenario.Person.Niss).Integrations
            .Single(i => i.Code == CapacityCode.EquivalentIntegrationIncome).End.ShouldBe(new DateOnly(2027, 3, 1));
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Fact]
    public async Task A_first_refusal_of_equivalent_RIS_sends_no_form_and_is_notified()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.ToCouncilAsync(harness, "equivalent-ris", RequestType.EquivalentRis);

        await harness.CompleteAsync("council-decision", RequestScenario.Council("Refused", harness.Today, motivation: "Droit au revenu d'intégration."), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();

        harness.CaseFile.Records.OfType<SppIsForm>().ShouldBeEmpty();
        harness.CaseFile.Records.OfType<NotificationLetter>().ShouldHaveSingleItem().Template.ShouldBe("equivalent-ris-decision.fr");
        scenario.Request.Status.ShouldBe(RequestStatus.Refused, "a refused request that sends nothing stays refused: the lifecycle closes it only after an SPP-IS answer");
        (await harness.InstanceAsync(scenario.InstanceId)).Status.ShouldBe(WorkflowStatus.Completed);
    }
}
