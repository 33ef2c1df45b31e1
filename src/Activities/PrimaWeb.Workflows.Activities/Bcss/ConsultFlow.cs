using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Consults a federal data flow for chosen household members. The outbox handler (<see cref="MessageTypes.Consult"/>)
/// calls the gateway per member and keeps each answer, or the reason there is none, as a <see cref="Consultation"/>;
/// a member refused by the integration control is never sent to the service.
/// </summary>
[Activity("Bcss.ConsultFlow", 1, Category = "BCSS", DisplayName = "Consult a data flow", Blocking = true,
    Description = "Consults a federal data flow for household members and keeps the answers in the case file.",
    DescriptionFr = "Consulte un flux de données fédéral pour des membres du ménage et garde les réponses au dossier.",
    DescriptionNl = "Raadpleegt een federale gegevensstroom voor gezinsleden en bewaart de antwoorden in het dossier.")]
[ActivityInput("service", ActivityInputType.Text, Required = true, Journaled = true,
    Help = "The flow, by its gateway name: OCMWCPASPerformInvestigation, OCMWCPASHealthInsurance, AddressHistory, Unemployment …",
    HelpFr = "Le flux, par son nom dans la passerelle : OCMWCPASPerformInvestigation, OCMWCPASHealthInsurance, AddressHistory, Unemployment …",
    HelpNl = "De stroom, met zijn naam in de gateway: OCMWCPASPerformInvestigation, OCMWCPASHealthInsurance, AddressHistory, Unemployment …")]
[ActivityInput("members", ActivityInputType.Text, DefaultJson = "\"household\"", Journaled = true,
    Help = "main, partner (main person and partner) or household.", HelpFr = "main, partner (demandeur et partenaire) ou household.",
    HelpNl = "main, partner (aanvrager en partner) of household.")]
[ActivityOutcome(StepOutcome.Done)]
[ActivityOutcome(StepOutcome.Refused)]
public sealed class ConsultFlow(ICaseFileStore store) : IActivity
{
    /// <summary>Variable receiving why some members could not be consulted, in words.</summary>
    public const string MessageVariable = "consultationMessage";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var service = context.GetInput<string>("service")!;
        if (!FlowConsultations.IsSupported(service))
        {
            throw new InvalidOperationException($"'{service}' is not a flow this step can consult; use one of {string.Join(", ", FlowConsultations.Services)}.");
        }

        var today = LegalClock.Today(context.Clock);
        var @case = await store.CaseAsync(variables.Tenant, variables.Case, context.CancellationToken);
        var members = HouseholdSelection.Select(@case, context.GetInput<string>("members"), today);
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

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload)
    {
        context.SetVariable(MessageVariable, StepOutcome.MessageOf(payload));
        return ValueTask.FromResult(ActivityResult.Complete(StepOutcome.OutcomeOf(payload) == StepOutcome.Refused ? StepOutcome.Refused : StepOutcome.Done));
    }
}
