using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// Prepares the form the latest decision requires (<see cref="FormTypes"/>), after the integration control for
/// forms, and hands it to the outbox (<see cref="MessageTypes.SendForm"/>, keyed by the form). Sets sppIsFormId.
/// </summary>
[Activity("SppIs.SendForm", 1, Category = "SPP-IS", DisplayName = "Send the decision's form",
    Description = "Prepares and sends the SPP-IS form the latest decision requires (DIS B/C/suspension, Loi 65 A/B1 or C).",
    DescriptionFr = "Prépare et envoie le formulaire SPP-IS qu'exige la dernière décision (DIS B/C, Loi 65 A/B1 ou C).",
    DescriptionNl = "Maakt het formulier voor de POD MI dat de laatste beslissing vereist (RMI B/C, Wet 65 A/B1 of C) en verstuurt het.")]
[ActivityOutcome(Sent)]
[ActivityOutcome(NoForm)]
[ActivityOutcome(NotIntegrated)]
public sealed class SendForm(ICaseFileStore store, CalculationReferenceData reference) : IActivity
{
    public const string Sent = "Sent";
    public const string NoForm = "NoForm";
    public const string NotIntegrated = "NotIntegrated";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var decision = request.LatestDecision
            ?? throw new InvalidOperationException($"Request {request.Id} has no decision to send to the SPP-IS.");
        if (variables.Text(RecordMutation.KindVariable) is { } mutation && request.Status is RequestStatus.Suspended or RequestStatus.Withdrawn)
        {
            return await SendStopAsync(context, variables, request, decision, mutation == RecordMutation.Suspend);
        }

        if (FormTypes.For(request, decision) is not { } type)
        {
            return ActivityResult.Complete(NoForm);
        }

        var today = LegalClock.Today(context.Clock);
        var effective = decision.EffectiveFrom ?? decision.DecidedOn;
        var (@case, main, partner) = await FormPreparation.BeneficiariesAsync(store, variables, effective, context.CancellationToken);
        var loi65 = type is SppIsFormType.Loi65AB or SppIsFormType.Loi65C;
        var verdict = await FormPreparation.ControlAsync(store, variables.Tenant, loi65, main, partner, effective, today, context.CancellationToken);
        if (!verdict.IsAllowed)
        {
            context.SetVariable(FormPreparation.MessageVariable, verdict.Message);
            return ActivityResult.Complete(NotIntegrated);
        }

        var dueOn = FormPreparation.FormsDue(reference, request.Type, decision);
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, decision.Id, type, dueOn,
            $"{request.Id:N}-{decision.Id:N}-{type}",
            FormContents.Build(type, FormContents.FileNumber(@case.Reference), main.Niss, partner?.Niss, decision));
        store.Add(form);
        if (request.CanFire(RequestTrigger.SendForms))
        {
            request.RecordFormsSent(today, today);
        }

        FormPreparation.Enqueue(context, variables, form);
        context.SetVariable(FormPreparation.FormVariable, form.Id.ToString());
        context.SetVariable("formsSent", true);
        context.SetVariable("sppIsFormType", type.ToString());
        return ActivityResult.Complete(Sent);
    }

    /// <summary>
    /// The Council's suspension or withdrawal of the grant: StopAttest (DIS only; the equivalent RIS has no such form),
    /// due like any DIS form; a withdrawal also ends the A036 — its end date moved to the withdrawal, or cancelled when
    /// the withdrawal reaches back to the aid's first day (a036-mutations-recovery.md).
    /// </summary>
    private async Task<ActivityResult> SendStopAsync(ActivityContext context, RequestVariables variables, Request request, Decision grant, bool suspension)
    {
        if (request.Type != RequestType.Dis)
        {
            return ActivityResult.Complete(NoForm);
        }

        var today = LegalClock.Today(context.Clock);
        var decidedOn = variables.Date(RecordMutation.DecidedOnVariable) ?? today;
        var from = variables.Date(RecordMutation.FromVariable) ?? decidedOn;
        var until = variables.Date(RecordMutation.UntilVariable);
        var reason = variables.Text(RecordMutation.ReasonVariable) ?? "Décision du Conseil";
        var (@case, main, partner) = await FormPreparation.BeneficiariesAsync(store, variables, from, context.CancellationToken);
        var verdict = await FormPreparation.ControlAsync(store, variables.Tenant, loi65: false, main, partner, from, today, context.CancellationToken);
        if (!verdict.IsAllowed)
        {
            context.SetVariable(FormPreparation.MessageVariable, verdict.Message);
            return ActivityResult.Complete(NotIntegrated);
        }

        var type = suspension ? SppIsFormType.DisSuspension : SppIsFormType.DisWithdrawal;
        var form = new SppIsForm(
            variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, grant.Id, type,
            LegalDeadlines.DisFormDue(decidedOn), $"{request.Id:N}-{grant.Id:N}-{type}-{RequestVariables.FormatDate(from)}",
            FormContents.BuildStop(type, FormContents.FileNumber(@case.Reference), main.Niss, partner?.Niss, from, until, decidedOn, reason));
        store.Add(form);
        FormPreparation.Enqueue(context, variables, form);
        if (!suspension && grant.Terms is { } terms)
        {
            var cancel = from <= terms.From;
            var a036Type = cancel ? SppIsFormType.A036Cancel : SppIsFormType.A036Modify;
            var a036 = new SppIsForm(
                variables.Tenant, variables.Case, variables.Request, context.Clock.GetUtcNow(), variables.Author, grant.Id, a036Type,
                LegalDeadlines.A036Due(decidedOn), $"{request.Id:N}-{grant.Id:N}-{a036Type}",
                FormContents.BuildA036End(main.Niss, request.Type, grant, cancel ? terms.From : from, decidedOn, cancel));
            store.Add(a036);
            FormPreparation.Enqueue(context, variables, a036);
            context.SetVariable("a036FormId", a036.Id.ToString());
        }

        context.SetVariable(FormPreparation.FormVariable, form.Id.ToString());
        context.SetVariable("formsSent", true);
        context.SetVariable("sppIsFormType", type.ToString());
        return ActivityResult.Complete(Sent);
    }
}
