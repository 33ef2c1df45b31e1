using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// Version 2 of <c>SppIs.SendA036</c> (issue 14 point 2): the A036 follows every change of the decision, not only a
/// grant — a refusal after a grant ends or cancels it, and a suspension and its resumption change it when the reference
/// data says so (<c>a036.changes</c>). A withdrawal's change still leaves with its form C (<see cref="SendForm"/>), so
/// this step sends nothing for it. Version 1 stays for its instances.
/// </summary>
[Activity("SppIs.SendA036", 2, Category = "SPP-IS", DisplayName = "Send the A036 attestation")]
[ActivityOutcome(SendForm.Sent)]
[ActivityOutcome(SendForm.NoForm)]
[ActivityOutcome(SendForm.NotIntegrated)]
public sealed class SendA036OnEveryChange(ICaseFileStore store, CalculationReferenceData reference) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes (those of version 1).</summary>
    public static VariableAccess Variables => SendA036.Variables;

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.LatestDecision is not { Outcome: not DecisionOutcome.Withdrawn } decision)
        {
            return ActivityResult.Complete(SendForm.NoForm);
        }

        var day = decision.Terms?.From ?? FormTypes.AidStopsOn(decision);
        var onSuspension = reference.A036.OnSuspension(day);
        if (FormTypes.A036For(request, decision, onSuspension) is null)
        {
            return ActivityResult.Complete(SendForm.NoForm);
        }

        return await SendA036.SendAsync(store, context, variables, request, decision, day, onSuspension);
    }
}
