using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Integrations.Control;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// Prepares the form the latest decision requires (<see cref="FormTypes"/>: grant, revision, refusal, suspension,
/// withdrawal, resumption — DIS or Loi 65), after the integration control for forms (for Loi 65, every person of form
/// A on form A's date; a main beneficiary whose nationality has no form A code stops it the same way), and hands it to the outbox
/// (<see cref="MessageTypes.SendForm"/>, keyed by the form). A withdrawal also ends the A036. Sets sppIsFormId.
/// </summary>
[Activity("SppIs.SendForm", 1, Category = "SPP-IS", DisplayName = "Send the decision's form")]
[ActivityOutcome(Sent)]
[ActivityOutcome(NoForm)]
[ActivityOutcome(NotIntegrated)]
public sealed class SendForm(ICaseFileStore store, CalculationReferenceData reference) : IActivity<NoInputs>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(BcssVariables.IntegrationEndsOn)
        .AndWriting(SppIsVariables.Message, SppIsVariables.FormId, SppIsVariables.FormsSent, SppIsVariables.FormType, SppIsVariables.A036FormId);

    public const string Sent = "Sent";
    public const string NoForm = "NoForm";
    public const string NotIntegrated = "NotIntegrated";

    public async ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var decision = request.LatestDecision
            ?? throw new InvalidOperationException($"Request {request.Id} has no decision to send to the SPP-IS.");
        if (FormTypes.For(request, decision) is not { } type)
        {
            return ActivityResult.Complete(NoForm);
        }

        var today = LegalClock.Today(context.Clock);
        var effective = decision.EffectiveFrom ?? decision.DecidedOn;
        var (@case, main, partner) = await FormPreparation.BeneficiariesAsync(store, variables, effective, context.CancellationToken);
        Loi65File? loi65 = null;
        if (FormTypes.IsLoi65(type))
        {
            // Form A keeps the file's first day when a resumption or revision sends a new B1 (loi65.md §2).
            var formADate = FormTypes.FirstGrantStart(request) is { } start && start < effective ? start : effective;
            loi65 = await FormPreparation.Loi65FileAsync(store, reference, variables.Tenant, @case, main, formADate, context.CancellationToken);
        }

        var blocker = loi65 is not null
            ? loi65.Blocker ?? Refusal(await FormPreparation.Loi65ControlAsync(store, variables.Tenant, loi65, today, context.CancellationToken))
            : Refusal(await FormPreparation.DisControlAsync(store, variables.Tenant, main, partner, effective, today, context.CancellationToken));
        if (blocker is not null)
        {
            context.Set(SppIsVariables.Message, blocker);
            return ActivityResult.Complete(NotIntegrated);
        }

        var dueOn = FormPreparation.FormsDue(reference, request.Type, decision);
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, decision.Id, type, dueOn,
            $"{request.Id:N}-{decision.Id:N}-{type}",
            FormContents.Build(type, FormContents.FileNumber(@case.Reference), main.Niss, partner?.Niss, decision, loi65));
        store.Add(form);
        if (request.CanFire(RequestTrigger.SendForms))
        {
            request.RecordFormsSent(today, today);
        }

        FormPreparation.Enqueue(context, variables, form);

        // The withdrawal's A036 change goes with its form: both are due from the same decision.
        if (decision.Outcome == DecisionOutcome.Withdrawn)
        {
            FormPreparation.A036(store, context, variables, request, decision, main.Niss);
        }

        context.Set(SppIsVariables.FormId, form.Id);
        context.Set(SppIsVariables.FormsSent, true);
        context.Set(SppIsVariables.FormType, type);
        return ActivityResult.Complete(Sent);
    }

    private static string? Refusal(IntegrationVerdict verdict) => verdict.IsAllowed ? null : verdict.Message;
}
