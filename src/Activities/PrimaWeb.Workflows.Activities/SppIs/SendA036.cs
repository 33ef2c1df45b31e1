using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations.A036;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// After a grant or a revision: the A036 multifunctional attestation (RIS for the DIS, equivalent RIS under Loi 65) —
/// created for the granted period after the first grant, modified to the revised period after a revision
/// (<see cref="FormTypes.A036For"/>) — to the grant's end, or to the integration's end when it is open-ended, through the outbox.
/// </summary>
[Activity("SppIs.SendA036", 1, Category = "SPP-IS", DisplayName = "Send the A036 attestation")]
[ActivityOutcome(SendForm.Sent)]
[ActivityOutcome(SendForm.NoForm)]
[ActivityOutcome(SendForm.NotIntegrated)]
public sealed class SendA036(ICaseFileStore store) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(BcssVariables.IntegrationEndsOn)
        .AndWriting(SppIsVariables.Message, SppIsVariables.A036FormId);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.LatestDecision is not { Terms: { } terms } decision || FormTypes.A036For(request, decision) is null)
        {
            return ActivityResult.Complete(SendForm.NoForm);
        }

        return await SendAsync(store, context, variables, request, decision, terms.From, A036OnSuspension.Unchanged);
    }

    /// <summary>
    /// Checks that the main person is integrated on <paramref name="day"/> and today, then prepares and enqueues the
    /// A036 change of <paramref name="decision"/>; versions 1 and 2 of the step end here.
    /// </summary>
    internal static async ValueTask<ActivityResult> SendAsync(
        ICaseFileStore store, ActivityContext context, RequestVariables variables, Request request, Decision decision, DateOnly day, A036OnSuspension onSuspension)
    {
        var (_, main, _) = await FormPreparation.BeneficiariesAsync(store, variables, day, context.CancellationToken);
        var verdict = await FormPreparation.DisControlAsync(store, variables.Tenant, main, null, day, LegalClock.Today(context.Clock), context.CancellationToken);
        if (!verdict.IsAllowed)
        {
            context.Set(SppIsVariables.Message, verdict.Message);
            return ActivityResult.Complete(SendForm.NotIntegrated);
        }

        FormPreparation.A036(store, context, variables, request, decision, main.Niss, onSuspension);
        return ActivityResult.Complete(SendForm.Sent);
    }
}
