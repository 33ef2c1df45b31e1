using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Council;

/// <summary>
/// Opens the task in which the manager records the Council's suspension (from a date, for a planned period or not),
/// withdrawal (from a date) or, while suspended, resumption (from a date) of a granted aid. The choice offered follows
/// the request: suspend or withdraw a running aid, resume or withdraw a suspended one. The mutation is a decision of the
/// request (the request suspended, withdrawn or resumed with it) that <see cref="SppIs.SendForm"/> sends and
/// <see cref="Letters.NotifyDecision"/> notifies; it also becomes variables for the definition's routes.
/// </summary>
[Activity("Council.RecordMutation", 1, Category = "Council", DisplayName = "Record a suspension, withdrawal or resumption", Blocking = true,
    Description = "Records the Council's suspension (period), withdrawal (from a date) or resumption (from a date) of a granted aid.",
    DescriptionFr = "Enregistre la suspension (période), le retrait (à partir d'une date) ou la reprise (à partir d'une date) d'une aide octroyée par le Conseil.",
    DescriptionNl = "Registreert de schorsing (periode), intrekking (vanaf een datum) of hervatting (vanaf een datum) van een toegekende hulp door de Raad.")]
[ActivityInput("title", ActivityInputType.Text, Help = TaskInputs.TitleHelp, HelpFr = TaskInputs.TitleHelpFr, HelpNl = TaskInputs.TitleHelpNl)]
[ActivityInput("candidateRole", ActivityInputType.Text, DefaultJson = "\"Manager\"", Journaled = true,
    Help = "Role that records the decision (manager or secretary).", HelpFr = "Rôle qui enregistre la décision (responsable ou secrétaire).",
    HelpNl = "Rol die de beslissing registreert (verantwoordelijke of secretaris).")]
[ActivityInput("assignee", ActivityInputType.Text, Help = TaskInputs.AssigneeHelp, HelpFr = TaskInputs.AssigneeHelpFr, HelpNl = TaskInputs.AssigneeHelpNl)]
[ActivityInput("dueIn", ActivityInputType.Duration, Journaled = true, Help = TaskInputs.DueHelp, HelpFr = TaskInputs.DueHelpFr, HelpNl = TaskInputs.DueHelpNl)]
[ActivityOutcome(Suspended)]
[ActivityOutcome(Withdrawn)]
[ActivityOutcome(Resumed)]
public sealed class RecordMutation(ICaseFileStore store) : IActivity
{
    public const string Suspended = "Suspended";
    public const string Withdrawn = "Withdrawn";
    public const string Resumed = "Resumed";
    public const string Suspend = "Suspend";
    public const string Withdraw = "Withdraw";
    public const string Resume = "Resume";
    public const string TaskType = "council-mutation";
    public const string KindVariable = "mutation";
    public const string DecidedOnVariable = "mutationDecidedOn";
    public const string FromVariable = "mutationFrom";
    public const string UntilVariable = "mutationUntil";

    /// <summary>The planned end of a suspension as an instant (the start of the day after), for a reminder timer; null when open.</summary>
    public const string UntilAtVariable = "mutationUntilAt";
    public const string ReasonVariable = "mutationReason";

    /// <summary>The task's form for a running aid (suspend or withdraw) or a suspended one (resume or withdraw).</summary>
    public static IReadOnlyList<FormField> Form(bool suspended) =>
    [
        new("mutation", FormFieldType.Choice, Required: true, Choices: suspended ? [Resume, Withdraw] : [Suspend, Withdraw]),
        new("decidedOn", FormFieldType.Date, Required: true),
        new("from", FormFieldType.Date, Required: true),
        new("until", FormFieldType.Date),
        new("reason", FormFieldType.Text, Required: true, MaxLength: 200),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var suspended = request.LatestDecision is { Outcome: DecisionOutcome.Suspended };
        var title = suspended ? "Resumption or withdrawal" : "Suspension or withdrawal";
        return ActivityResult.Suspend(TaskOpening.Open(context, TaskType, title, Form(suspended), defaultRole: Roles.Manager));
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var today = LegalClock.Today(context.Clock);
        var kind = TaskOpening.Text(payload, "mutation");
        var decidedOn = TaskOpening.Date(payload, "decidedOn")!.Value;
        var from = TaskOpening.Date(payload, "from");
        var until = TaskOpening.Date(payload, "until");
        var reason = TaskOpening.Text(payload, "reason");
        var (decision, outcome) = kind switch
        {
            Suspend => (request.SuspendGrant(decidedOn, from, until, today, reason), Suspended),
            Resume => (request.ResumeGrant(decidedOn, from, today, reason), Resumed),
            _ => (request.WithdrawGrant(decidedOn, from, today, reason), Withdrawn),
        };

        context.SetVariable(KindVariable, kind);
        context.SetVariable(DecidedOnVariable, RequestVariables.FormatDate(decidedOn));
        context.SetVariable(FromVariable, RequestVariables.FormatDate(decision.EffectiveFrom!.Value));
        context.SetVariable(UntilVariable, decision.EffectiveUntil is { } end ? RequestVariables.FormatDate(end) : null);
        context.SetVariable(UntilAtVariable, decision.EffectiveUntil is { } last ? Requests.ComputeDeadlines.Instant(LegalClock.StartOf(last.AddDays(1))) : null);
        context.SetVariable(ReasonVariable, reason);
        context.SetVariable("decisionId", decision.Id.ToString());
        context.SetVariable("decisionOutcome", outcome);
        context.SetVariable("decidedOn", RequestVariables.FormatDate(decidedOn));
        context.SetVariable("notificationDueOn", RequestVariables.FormatDate(LegalDeadlines.NotificationDue(decidedOn)));
        context.SetVariable("a036DueOn", RequestVariables.FormatDate(LegalDeadlines.A036Due(decidedOn)));
        context.SetVariable("formsSent", false);
        context.SetVariable("letterSent", false);
        return ActivityResult.Complete(outcome);
    }
}
