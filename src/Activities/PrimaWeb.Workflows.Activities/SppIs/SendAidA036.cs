using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// After the grant of an other aid whose kind the reference data says needs one: the A036 attesting the granted period
/// (as social aid, the attestation's equivalent-RIS aid type), after the integration control on its first day. Other
/// kinds send nothing (NoForm).
/// </summary>
[Activity("SppIs.SendAidA036", 1, Category = "SPP-IS", DisplayName = "Send the A036 of an aid")]
[ActivityOutcome(SendForm.Sent)]
[ActivityOutcome(SendForm.NoForm)]
[ActivityOutcome(SendForm.NotIntegrated)]
public sealed class SendAidA036(ICaseFileStore store) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(AidVariables.AidNeedsA036, DecisionVariables.GrantedFrom, DecisionVariables.GrantedUntil)
        .AndWriting(SppIsVariables.Message, SppIsVariables.A036FormId);

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (context.Get(AidVariables.AidNeedsA036) != true || request.LatestDecision is not { Outcome: DecisionOutcome.Granted } decision)
        {
            return ActivityResult.Complete(SendForm.NoForm);
        }

        var from = context.Get(DecisionVariables.GrantedFrom) ?? decision.EffectiveFrom ?? decision.DecidedOn;
        var until = context.Get(DecisionVariables.GrantedUntil) ?? from;
        var (_, main, _) = await FormPreparation.BeneficiariesAsync(store, variables, from, context.CancellationToken);
        var verdict = await FormPreparation.DisControlAsync(store, variables.Tenant, main, null, from, LegalClock.Today(context.Clock), context.CancellationToken);
        if (!verdict.IsAllowed)
        {
            context.Set(SppIsVariables.Message, verdict.Message);
            return ActivityResult.Complete(SendForm.NotIntegrated);
        }

        const SppIsFormType type = SppIsFormType.A036Create;
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, decision.Id, type,
            LegalDeadlines.A036Due(decision.DecidedOn), $"{request.Id:N}-{decision.Id:N}-{type}",
            FormContents.BuildA036(type, main.Niss, request.Type, from, until, decision.DecidedOn));
        store.Add(form);
        FormPreparation.Enqueue(context, variables, form);
        context.Set(SppIsVariables.A036FormId, form.Id);
        return ActivityResult.Complete(SendForm.Sent);
    }
}
