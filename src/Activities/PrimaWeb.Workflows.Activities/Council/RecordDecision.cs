using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Council;

/// <summary>
/// Submits the request to the Council and opens the task in which the manager or the secretary records its decision:
/// granted as proposed, granted with another amount or period, or refused; the date; the motivation. The decision is
/// added to the request (one request may receive several over time) and its legal deadlines become variables.
/// </summary>
[Activity("Council.RecordDecision", 1, Category = "Council", DisplayName = "Record the Council's decision", Blocking = true)]
[ActivityOutcome(Granted)]
[ActivityOutcome(Refused)]
public sealed class RecordDecision(ICaseFileStore store, CalculationReferenceData reference) : IActivity<CouncilTaskInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(
            DecisionVariables.DecisionId, DecisionVariables.DecisionOutcome, DecisionVariables.DecidedOn, DecisionVariables.GrantedFrom, DecisionVariables.GrantedUntil,
            DecisionVariables.GrantedMonthlyAmount, DecisionVariables.GrantedCategory, DecisionVariables.GrantedCode, DeadlineVariables.NotificationDueOn,
            DeadlineVariables.NotificationOverdueAt, DeadlineVariables.FormsDueOn, DeadlineVariables.FormsOverdueAt, DeadlineVariables.A036DueOn,
            LetterVariables.LetterSent, SppIsVariables.FormsSent, DeadlineVariables.A036OverdueAt, SppIsVariables.A036Sent, DeadlineVariables.NotificationOverdue,
            DeadlineVariables.FormsOverdue, DeadlineVariables.A036Overdue);

    public const string Granted = "Granted";
    public const string GrantedModified = "GrantedModified";
    public const string Refused = "Refused";
    public const string TaskType = "council-decision";

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("decision", FormFieldType.Choice, Required: true, Choices: [Granted, GrantedModified, Refused]),
        new("decidedOn", FormFieldType.Date, Required: true, NotAfterToday: true),
        new("category", FormFieldType.Choice, Choices: TaskOpening.Choices<RisCategory>()),
        new("monthlyAmount", FormFieldType.Number, Min: 0),
        new("from", FormFieldType.Date),
        new("until", FormFieldType.Date, NotBefore: "from"),
        new("motivation", FormFieldType.Text, MaxLength: 4000),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(CouncilTaskInput input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.CanFire(RequestTrigger.SubmitToCouncil))
        {
            request.SubmitToCouncil();
        }

        return ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, "Council decision", Form, defaultRole: Roles.Manager));
    }

    public async ValueTask<ActivityResult> ResumeAsync(CouncilTaskInput input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var today = LegalClock.Today(context.Clock);
        var decidedOn = TaskOpening.Date(payload, "decidedOn")!.Value;
        var choice = TaskOpening.Text(payload, "decision");
        var motivation = TaskOpening.Text(payload, "motivation");
        if (choice == Refused)
        {
            var refusal = request.Refuse(decidedOn, today, motivation);
            SetDecisionVariables(context, reference, variables, refusal, Refused);
            return ActivityResult.Complete(Refused);
        }

        var terms = await TermsAsync(variables, payload, choice == GrantedModified, context.CancellationToken);
        var grant = request.Grant(decidedOn, terms, today, motivation);
        SetDecisionVariables(context, reference, variables, grant, choice!);
        context.Set(DecisionVariables.GrantedFrom, terms.From);
        context.Set(DecisionVariables.GrantedUntil, terms.Until);
        context.Set(DecisionVariables.GrantedMonthlyAmount, terms.MonthlyAmount);
        context.Set(DecisionVariables.GrantedCategory, terms.Category);
        context.Set(DecisionVariables.GrantedCode, (int)GrantedCode(variables.Type));
        return ActivityResult.Complete(Granted);
    }

    /// <summary>The capacity code of the granted aid (bcss-integrations.md §2): 2 for the DIS, 3 for the equivalent RIS.</summary>
    public static CapacityCode GrantedCode(RequestType type) => type switch
    {
        RequestType.Dis => CapacityCode.IntegrationIncome,
        _ when RequestTypes.IsLoi65(type) => CapacityCode.EquivalentIntegrationIncome,
        _ => CapacityCode.OtherAid,
    };

    private async Task<DecisionTerms> TermsAsync(RequestVariables variables, JsonNode? payload, bool modified, CancellationToken cancellationToken)
    {
        var proposal = (await store.LatestAsync<SocialReport>(variables.Tenant, variables.Request, cancellationToken))?.Terms;
        var calculation = await store.LatestAsync<RisCalculationRecord>(variables.Tenant, variables.Request, cancellationToken);
        var amount = TaskOpening.Number(payload, "monthlyAmount");
        if (modified && amount is null && TaskOpening.Date(payload, "from") is null && TaskOpening.Date(payload, "until") is null)
        {
            throw new ActivityRefusalException(
                "monthlyAmount", RuleCodes.ModifiedGrantTermsRequired, "A grant with another amount or period states the amount, the start or the end the Council decided.");
        }

        var category = TaskOpening.Choice<RisCategory>(payload, "category") ?? proposal?.Category ?? calculation?.Category
            ?? throw new ActivityRefusalException("category", RuleCodes.GrantCategoryRequired, "The grant needs a RIS category: there is no proposal nor calculation to take it from.");
        var monthly = amount ?? proposal?.MonthlyAmount ?? calculation?.MonthlyAmount
            ?? throw new ActivityRefusalException("monthlyAmount", RuleCodes.GrantAmountRequired, "The grant needs a monthly amount: there is no proposal nor calculation to take it from.");
        return new DecisionTerms(
            category, monthly, TaskOpening.Date(payload, "from") ?? proposal?.From ?? variables.Received, TaskOpening.Date(payload, "until") ?? proposal?.Until);
    }

    /// <summary>The decision's variables and the legal deadlines that run from it; what they flag starts undone.</summary>
    internal static void SetDecisionVariables(ActivityContext context, CalculationReferenceData reference, RequestVariables variables, Decision decision, string outcome)
    {
        SetNotificationVariables(context, decision, outcome);
        var decidedOn = decision.DecidedOn;
        var formsDue = FormPreparation.FormsDue(reference, variables.Type, decision);
        context.Set(DeadlineVariables.FormsDueOn, formsDue);
        context.Set(DeadlineVariables.FormsOverdueAt, LegalClock.StartOf(formsDue.AddDays(1)));
        context.Set(DeadlineVariables.A036DueOn, LegalDeadlines.A036Due(decidedOn));
        context.Set(DeadlineVariables.A036OverdueAt, LegalClock.StartOf(LegalDeadlines.A036Due(decidedOn).AddDays(1)));
        context.Set(SppIsVariables.FormsSent, false);
        context.Set(SppIsVariables.A036Sent, false);
        context.Set(DeadlineVariables.FormsOverdue, false);
        context.Set(DeadlineVariables.A036Overdue, false);
    }

    /// <summary>
    /// The variables every decision sets, whatever follows it: which decision, its outcome and day, and the letter's
    /// 8-day deadline, not yet met. A decision with no form and no A036 (the heating allowance's) sets only these.
    /// </summary>
    internal static void SetNotificationVariables(ActivityContext context, Decision decision, string outcome)
    {
        var notificationDue = LegalDeadlines.NotificationDue(decision.DecidedOn);
        context.Set(DecisionVariables.DecisionId, decision.Id);
        context.Set(DecisionVariables.DecisionOutcome, outcome);
        context.Set(DecisionVariables.DecidedOn, decision.DecidedOn);
        context.Set(DeadlineVariables.NotificationDueOn, notificationDue);
        context.Set(DeadlineVariables.NotificationOverdueAt, LegalClock.StartOf(notificationDue.AddDays(1)));
        context.Set(LetterVariables.LetterSent, false);
        context.Set(DeadlineVariables.NotificationOverdue, false);
    }
}
