using System.Text.Json;
using PrimaWeb.Workflows.Activities.Aid;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.FederalServices.Transport;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// After the grant of an installation premium: the organic law's form (OCMWCPASOrganicLaw) with the granted amount, the
/// decision and the new dwelling the conditions step recorded, after the integration control for forms; handed to the
/// outbox like the other forms, so SppIs.AwaitAnswer waits for its answer. Sets sppIsFormId.
/// </summary>
[Activity("SppIs.SendOrganicLaw", 1, Category = "SPP-IS", DisplayName = "Send the installation premium's form")]
[ActivityOutcome(SendForm.Sent)]
[ActivityOutcome(SendForm.NotIntegrated)]
public sealed class SendOrganicLaw(ICaseFileStore store, CalculationReferenceData reference) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(AidVariables.GrantedAmount, AidVariables.AidRecordId)
        .AndWriting(SppIsVariables.Message, SppIsVariables.FormId, SppIsVariables.FormsSent, SppIsVariables.FormType);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var cancellationToken = context.CancellationToken;
        var request = await store.RequestAsync(variables.Tenant, variables.Request, cancellationToken);
        var decision = request.LatestDecision is { Outcome: DecisionOutcome.Granted } granted
            ? granted
            : throw new InvalidOperationException($"Request {request.Id} has no grant to send to the SPP-IS.");
        var conditions = await AidDetails.LatestAsync(store, variables.Tenant, request.Id, PremiumConditions.Kind, cancellationToken)
            ?? throw new InvalidOperationException($"Request {request.Id} has no recorded dwelling for its premium.");
        var amount = context.Get(AidVariables.GrantedAmount) ?? conditions.Amount
            ?? throw new InvalidOperationException($"Request {request.Id} has no premium amount.");

        var today = LegalClock.Today(context.Clock);
        var effective = decision.EffectiveFrom ?? decision.DecidedOn;
        var (@case, main, partner) = await FormPreparation.BeneficiariesAsync(store, variables, effective, cancellationToken);
        var verdict = await FormPreparation.DisControlAsync(store, variables.Tenant, main, partner, effective, today, cancellationToken);
        if (!verdict.IsAllowed)
        {
            context.Set(SppIsVariables.Message, verdict.Message);
            return ActivityResult.Complete(SendForm.NotIntegrated);
        }

        var dwelling = AidDetails.Read<PremiumConditions>(conditions).Dwelling;
        var message = new OrganicLawRequest(FormContents.FileNumber(@case.Reference), main.Niss, partner?.Niss, effective, decision.DecidedOn, amount, dwelling);
        const SppIsFormType type = SppIsFormType.OrganicLaw;
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, decision.Id, type,
            FormPreparation.FormsDue(reference, request.Type, decision), $"{request.Id:N}-{decision.Id:N}-{type}",
            JsonSerializer.Serialize(message, FederalJson.Options));
        store.Add(form);
        if (request.CanFire(RequestTrigger.SendForms))
        {
            request.RecordFormsSent(today, today);
        }

        FormPreparation.Enqueue(context, variables, form);
        context.Set(SppIsVariables.FormId, form.Id);
        context.Set(SppIsVariables.FormsSent, true);
        context.Set(SppIsVariables.FormType, type);
        return ActivityResult.Complete(SendForm.Sent);
    }
}
