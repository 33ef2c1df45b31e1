using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Activities.Tests.Support;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Common;

namespace PrimaWeb.Workflows.Activities.Tests.Bcss;

public sealed class ConsultFlowTests
{
    private const string Service = "OCMWCPASPerformInvestigation";

    [Fact]
    public async Task A_member_not_integrated_is_refused_with_a_message_and_never_reaches_the_service()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-consult", "Bcss.ConsultFlow", new JsonObject { ["service"] = Service }, "Done", "Refused"));
        var adults = harness.Adults().Take(2).ToList();
        var main = harness.AddPerson(adults[0]);
        var partner = harness.AddPerson(adults[1]);
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today, (partner, HouseholdRelation.Partner));
        harness.CaseFile.Register(RequestHarness.Tenant, main.Niss).Register(CapacityCode.UnderInvestigation, harness.Today);
        harness.Simulator.State.Integrate(RequestHarness.Tenant, main.Niss, 1, new Period(harness.Today, harness.Today.AddMonths(2).AddDays(-1)));

        var instanceId = await harness.StartAsync("t-consult", @case, request, main);
        await harness.DeliverOutboxAsync();

        var instance = await harness.InstanceAsync(instanceId);
        instance.State.Variables["outcome"]!.GetValue<string>().ShouldBe("Refused");
        instance.State.Variables["consultationMessage"]!.GetValue<string>().ShouldContain(partner.Niss.Formatted);
        var consultations = harness.CaseFile.Records.OfType<Consultation>().ToList();
        consultations.Count.ShouldBe(2);
        var answered = consultations.Single(c => c.Person == main.Niss);
        answered.Outcome.ShouldBe(ConsultationOutcome.Answered);
        answered.AnswerJson.ShouldNotBeNullOrWhiteSpace();
        var refused = consultations.Single(c => c.Person == partner.Niss);
        refused.Outcome.ShouldBe(ConsultationOutcome.RefusedNotIntegrated);
        refused.AnswerJson.ShouldBeNull();
        refused.Message!.ShouldContain("was not consulted");
        harness.Simulator.Journal.For(Service).Count.ShouldBe(1, "only the integrated member reaches the service");
        harness.CaseFile.Saves.ShouldBe(1);
    }

    [Fact]
    public async Task A_redelivered_consultation_adds_nothing_once_the_step_has_its_answer()
    {
        await using var harness = await RequestHarness.StartAsync();
        await harness.ImportAsync(SingleStep.Definition("t-consult", "Bcss.ConsultFlow", new JsonObject { ["service"] = Service, ["members"] = "main" }, "Done", "Refused"));
        var main = harness.AddPerson(harness.Adults().First());
        var (@case, request) = harness.OpenRequest(main, RequestType.Dis, harness.Today);
        harness.CaseFile.Register(RequestHarness.Tenant, main.Niss).Register(CapacityCode.UnderInvestigation, harness.Today);
        harness.Simulator.State.Integrate(RequestHarness.Tenant, main.Niss, 1, new Period(harness.Today, harness.Today.AddMonths(2).AddDays(-1)));
        await harness.StartAsync("t-consult", @case, request, main);
        var message = (await harness.PendingOutboxAsync()).ShouldHaveSingleItem();
        await harness.DeliverOutboxAsync();

        var handler = new ConsultHandler(harness.Services.GetRequiredService<IServiceScopeFactory>(), harness.Services.GetRequiredService<WorkflowSignals>(), harness.Clock);
        await handler.HandleAsync(new Engine.Outbox.OutboxDelivery(message.Id, message.InstanceId, message.MessageType, JsonNode.Parse(message.PayloadJson), message.IdempotencyKey, 2), CancellationToken.None);

        harness.CaseFile.Records.OfType<Consultation>().ShouldHaveSingleItem().Outcome.ShouldBe(ConsultationOutcome.Answered);
        harness.Simulator.Journal.For(Service).Count.ShouldBe(1);
    }
}
