using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Consults a federal data flow for chosen household members. The outbox handler (<see cref="MessageTypes.Consult"/>)
/// calls the gateway per member and keeps each answer, or the reason there is none, as a <see cref="Consultation"/>;
/// a member refused by the integration control is never sent to the service.
/// </summary>
[Activity("Bcss.ConsultFlow", 1, Category = "BCSS", DisplayName = "Consult a data flow", Blocking = true)]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class ConsultFlow(ICaseFileStore store) : IActivity<ConsultFlow.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(RequestVariables.All).AndWriting(BcssVariables.ConsultationMessage);

    public async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var service = input.Service;

        var today = LegalClock.Today(context.Clock);
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, context.CancellationToken);
        var members = HouseholdSelection.Select(@case, input.Members, today);
        var key = StepKeys.Next(context, variables.Request);
        context.EnqueueOutbox(MessageTypes.Consult, new JsonObject
        {
            ["tenantId"] = variables.Tenant,
            ["caseId"] = variables.Case.ToString(),
            ["requestId"] = variables.Request.ToString(),
            ["receivedOn"] = RequestVariables.FormatDate(variables.Received),
            ["service"] = service,
            ["user"] = variables.Author,
            ["signalKey"] = key,
            ["personIds"] = new JsonArray([.. members.Select(m => (JsonNode)JsonValue.Create(m.PersonId.ToString()))]),
        }, key);
        return ActivityResult.Suspend(BookmarkRequest.ForSignal(MessageTypes.ConsultSignal, key));
    }

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload)
    {
        context.Set(BcssVariables.ConsultationMessage, StepOutcome.MessageOf(payload));
        return ValueTask.FromResult(ActivityResult.Complete(StepOutcome.OutcomeOf(payload) == StepOutcome.Refused ? StepOutcome.Refused : StepOutcome.Done));
    }

    /// <summary>Which flow, for whom.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        [ActivityInputChoices(typeof(FlowConsultations), nameof(FlowConsultations.Services))]
        string Service,
        [ActivityInput(Journaled = true)]
        HouseholdMembers Members = HouseholdMembers.Household);
}
