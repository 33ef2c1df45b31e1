using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// After a grant or a revision: the A036 multifunctional attestation (RIS for the DIS, equivalent RIS under Loi 65) —
/// created for the granted period after the first grant, modified to the revised period after a revision
/// (<see cref="FormTypes.A036For"/>) — to the grant's end, or to the integration's end when it is open-ended, through the outbox.
/// </summary>
[Activity("SppIs.SendA036", 1, Category = "SPP-IS", DisplayName = "Send the A036 attestation",
    Description = "Creates the A036 multifunctional attestation of a granted RIS or equivalent RIS, or modifies it after a revision.",
    DescriptionFr = "Crée l'attestation multifonctionnelle A036 d'un RIS ou équivalent RIS octroyé, ou la modifie après une révision.",
    DescriptionNl = "Maakt het multifunctioneel attest A036 van een toegekend leefloon of equivalent leefloon aan, of wijzigt het na een herziening.")]
[ActivityOutcome(SendForm.Sent)]
[ActivityOutcome(SendForm.NoForm)]
[ActivityOutcome(SendForm.NotIntegrated)]
public sealed class SendA036(ICaseFileStore store) : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.LatestDecision is not { Terms: { } terms } decision || FormTypes.A036For(request, decision) is null)
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

        FormPreparation.A036(store, context, variables, request, decision, main.Niss);
        return ActivityResult.Complete(SendForm.Sent);
    }
}
