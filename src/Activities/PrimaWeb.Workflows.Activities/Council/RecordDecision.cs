using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Requests;
using PrimaWeb.Workflows.Activities.SppIs;
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

namespace PrimaWeb.Workflows.Activities.Council;

/// <summary>
/// Submits the request to the Council and opens the task in which the manager or the secretary records its decision:
/// granted as proposed, granted with another amount or period, or refused; the date; the motivation. The decision is
/// added to the request (one request may receive several over time) and its legal deadlines become variables.
/// </summary>
[Activity("Council.RecordDecision", 1, Category = "Council", DisplayName = "Record the Council's decision", Blocking = true,
    Description = "Submits the request to the Council and records its decision (granted, granted otherwise, refused).",
    DescriptionFr = "Soumet la demande au Conseil et enregistre sa décision (octroi, octroi modifié, refus).",
    DescriptionNl = "Legt de aanvraag voor aan de Raad en registreert zijn beslissing (toekenning, gewijzigde toekenning, weigering).")]
[ActivityInput("title", ActivityInputType.Text, Help = TaskInputs.TitleHelp, HelpFr = TaskInputs.TitleHelpFr, HelpNl = TaskInputs.TitleHelpNl)]
[ActivityInput("candidateRole", ActivityInputType.Text, DefaultJson = "\"Manager\"", Journaled = true,
    Help = "Role that records the decision (manager or secretary).", HelpFr = "Rôle qui enregistre la décision (responsable ou secrétaire).",
    HelpNl = "Rol die de beslissing registreert (verantwoordelijke of secretaris).")]
[ActivityInput("assignee", ActivityInputType.Text, Help = TaskInputs.AssigneeHelp, HelpFr = TaskInputs.AssigneeHelpFr, HelpNl = TaskInputs.AssigneeHelpNl)]
[ActivityInput("dueIn", ActivityInputType.Duration, Journaled = true, Help = TaskInputs.DueHelp, HelpFr = TaskInputs.DueHelpFr, HelpNl = TaskInputs.DueHelpNl)]
[ActivityOutcome(Granted)]
[ActivityOutcome(Refused)]
public sealed class RecordDecision(ICaseFileStore store, CalculationReferenceData reference) : IActivity
{
    public const string Granted = "Granted";
    public const string GrantedModified = "GrantedModified";
    public const string Refused = "Refused";
    public const string TaskType = "council-decision";

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("decision", FormFieldType.Choice, Required: true, Choices: [Granted, GrantedModified, Refused]),
        new("decidedOn", FormFieldType.Date, Required: true),
        new("category", FormFieldType.Choice, Choices: TaskOpening.Choices<RisCategory>()),
        new("monthlyAmount", FormFieldType.Number, Min: 0),
        new("from", FormFieldType.Date),
        new("until", FormFieldType.Date),
        new("motivation", FormFieldType.Text, MaxLength: 4000),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.CanFire(RequestTrigger.SubmitToCouncil))
        {
            request.SubmitToCouncil();
        }

        return ActivityResult.Suspend(TaskOpening.Open(context, TaskType, "Council decision", Form, defaultRole: Roles.Manager));
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload)
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
            SetDecisionVariables(context, variables, refusal, Refused);
            return ActivityResult.Complete(Refused);
        }

        var terms = await TermsAsync(variables, payload, choice == GrantedModified, context.CancellationToken);
        var grant = request.Grant(decidedOn, terms, today, motivation);
        SetDecisionVariables(context, variables, grant, choice!);
        context.SetVariable("grantedFrom", RequestVariables.FormatDate(terms.From));
        context.SetVariable("grantedUntil", terms.Until is { } until ? RequestVariables.FormatDate(until) : null);
        context.SetVariable("grantedMonthlyAmount", terms.MonthlyAmount);
        context.SetVariable("grantedCategory", terms.Category.ToString());
        context.SetVariable("grantedCode", (int)GrantedCode(variables.Type));
        return ActivityResult.Complete(Granted);
    }

    /// <summary>The capacity code of the granted aid (bcss-integrations.md §2): 2 for the DIS, 3 for the equivalent RIS.</summary>
    public static CapacityCode GrantedCode(RequestType type) => type switch
    {
        RequestType.Dis => CapacityCode.IntegrationIncome,
        RequestType.EquivalentRis or RequestType.Loi65 => CapacityCode.EquivalentIntegrationIncome,
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

    private void SetDecisionVariables(ActivityContext context, RequestVariables variables, Decision decision, string outcome)
    {
        var decidedOn = decision.DecidedOn;
        var notificationDue = LegalDeadlines.NotificationDue(decidedOn);
        var formsDue = FormPreparation.FormsDue(reference, variables.Type, decision);
        context.SetVariable("decisionId", decision.Id.ToString());
        context.SetVariable("decisionOutcome", outcome);
        context.SetVariable("decidedOn", RequestVariables.FormatDate(decidedOn));
        context.SetVariable("notificationDueOn", RequestVariables.FormatDate(notificationDue));
        context.SetVariable("notificationOverdueAt", ComputeDeadlines.Instant(LegalClock.StartOf(notificationDue.AddDays(1))));
        context.SetVariable("formsDueOn", RequestVariables.FormatDate(formsDue));
        context.SetVariable("formsOverdueAt", ComputeDeadlines.Instant(LegalClock.StartOf(formsDue.AddDays(1))));
        context.SetVariable("a036DueOn", RequestVariables.FormatDate(LegalDeadlines.A036Due(decidedOn)));
        context.SetVariable("letterSent", false);
        context.SetVariable("formsSent", false);
    }
}
