using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Activities.Tests.Workflows;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Activities.Tests.SppIs;

public sealed class SppIsExchangeTests
{
    [Fact]
    public async Task The_form_keeps_one_idempotency_key_and_a_redelivery_sends_nothing_more()
    {
        await using var harness = await RequestHarness.StartAsync();
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis);
        await harness.CompleteAsync("council-decision", RequestScenario.Council("Granted", harness.Today), RequestHarness.Manager);

        var form = harness.CaseFile.Records.OfType<SppIsForm>().ShouldHaveSingleItem();
        var decision = scenario.Request.LatestDecision!;
        form.IdempotencyKey.ShouldBe($"{scenario.Request.Id:N}-{decision.Id:N}-DisGrant");
        form.DecisionId.ShouldBe(decision.Id);
        form.DueOn.ShouldBe(new DateOnly(2026, 4, 8));
        form.Status.ShouldBe(SppIsFormStatus.Prepared);
        var message = (await harness.PendingOutboxAsync()).Single(m => m.MessageType == "SppIs.SendForm");
        message.IdempotencyKey.ShouldBe(form.IdempotencyKey);

        await harness.DeliverOutboxAsync();
        var formId = form.FormId.ShouldNotBeNull();
        var handler = new SendFormHandler(harness.Services.GetRequiredService<IServiceScopeFactory>(), harness.Services.GetRequiredService<WorkflowSignals>());
        await handler.HandleAsync(new OutboxDelivery(message.Id, message.InstanceId, message.MessageType, JsonNode.Parse(message.PayloadJson), message.IdempotencyKey, 2), CancellationToken.None);

        form.FormId.ShouldBe(formId);
        form.Status.ShouldBe(SppIsFormStatus.Sent);
        harness.Simulator.Journal.For("OCMWCPASRegistreAttest").Count.ShouldBe(1);
        harness.Simulator.State.SppIs.Forms.Count(f => f.SSIN == scenario.Person.Niss).ShouldBe(1);
    }

    [Fact]
    public async Task Without_an_answer_in_time_the_polling_job_ends_the_wait_and_records_a_late_answer_still()
    {
        await using var harness = await RequestHarness.StartAsync(answerDelay: TimeSpan.FromDays(20));
        var scenario = await RequestScenario.ToCouncilAsync(harness, "dis", RequestType.Dis);
        await harness.CompleteAsync("council-decision", RequestScenario.Council("Granted", harness.Today), RequestHarness.Manager);
        await harness.DeliverOutboxAsync();
        var form = harness.CaseFile.Records.OfType<SppIsForm>().ShouldHaveSingleItem();
        form.AnswerAwaitedUntil.ShouldBe(harness.Clock.GetUtcNow().AddDays(10));

        (await harness.PollAnswersAsync()).ShouldBe(0);
        harness.Clock.Advance(TimeSpan.FromDays(9));
        (await harness.PollAnswersAsync()).ShouldBe(0);
        (await harness.OpenTasksAsync("sppis-no-answer")).ShouldBeEmpty();

        harness.Clock.Advance(TimeSpan.FromDays(1));
        (await harness.PollAnswersAsync()).ShouldBe(1);
        form.Status.ShouldBe(SppIsFormStatus.Unanswered);
        (await harness.OpenTasksAsync("sppis-no-answer")).ShouldHaveSingleItem().RequestId.ShouldBe(scenario.Request.Id.ToString());
        scenario.Request.Status.ShouldBe(RequestStatus.FormsSent);

        harness.Clock.Advance(TimeSpan.FromDays(11));
        await harness.PollAnswersAsync();
        form.Status.ShouldBe(SppIsFormStatus.Accepted);
        form.AnsweredAt.ShouldNotBeNull();
    }
}
