using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// After a grant: the A036 multifunctional attestation (RIS for the DIS, equivalent RIS under Loi 65) for the granted
/// period — to its end, or to the end of the integration when the grant is open-ended — through the outbox.
/// </summary>
[Activity("SppIs.SendA036", 1, Category = "SPP-IS", DisplayName = "Send the A036 attestation",
    Description = "Creates the A036 multifunctional attestation of a granted RIS or equivalent RIS.",
    DescriptionFr = "Crée l'attestation multifonctionnelle A036 d'un RIS ou équivalent RIS octroyé.",
    DescriptionNl = "Maakt het multifunctioneel attest A036 van een toegekend leefloon of equivalent leefloon aan.")]
[ActivityOutcome(SendForm.Sent)]
[ActivityOutcome(SendForm.NoForm)]
[ActivityOutcome(SendForm.NotIntegrated)]
public sealed class SendA036(ICaseFileStore store) : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.LatestDecision is not { Outcome: DecisionOutcome.Granted, Terms: { } terms } decision)
        {
            return ActivityResult.Complete(SendForm.NoForm);
        }

        var today = LegalClock.Today(context.Clock);
        var (_, main, _) = await FormPreparation.BeneficiariesAsync(store, variables, terms.From, context.CancellationToken);
        var verdict = await FormPreparation.ControlAsync(store, variables.Tenant, loi65: false, main, null, terms.From, today, context.CancellationToken);
        if (!verdict.IsAllowed)
        {
            context.SetVariable(FormPreparation.MessageVariable, verdict.Message);
            return ActivityResult.Complete(SendForm.NotIntegrated);
        }

        var until = terms.Until ?? variables.Date(Bcss.IntegratePersons.EndsOnVariable) ?? terms.From.AddYears(1).AddDays(-1);
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, decision.Id,
            SppIsFormType.A036Create, LegalDeadlines.A036Due(decision.DecidedOn), $"{request.Id:N}-{decision.Id:N}-A036Create",
            FormContents.BuildA036(main.Niss, request.Type, decision, until));
        store.Add(form);
        FormPreparation.Enqueue(context, variables, form);
        context.SetVariable("a036FormId", form.Id.ToString());
        return ActivityResult.Complete(SendForm.Sent);
    }
}
