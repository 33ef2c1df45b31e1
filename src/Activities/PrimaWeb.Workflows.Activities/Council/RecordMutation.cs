using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Council;

/// <summary>
/// Opens the task in which the manager records the Council's suspension (from a date, for a planned period or not),
/// withdrawal (from a date) or, while suspended, resumption (from a date) of a granted aid. The choice offered follows
/// the request: suspend or withdraw a running aid, resume or withdraw a suspended one. The mutation is a decision of the
/// request (the request suspended, withdrawn or resumed with it) that <see cref="SppIs.SendForm"/> sends and
/// <see cref="Letters.NotifyDecision"/> notifies; it also becomes variables for the definition's routes.
/// </summary>
[Activity("Council.RecordMutation", 1, Category = "Council", DisplayName = "Record a suspension, withdrawal or resumption", Blocking = true)]
[ActivityOutcome(Suspended)]
[ActivityOutcome(Withdrawn)]
[ActivityOutcome(Resumed)]
public sealed class RecordMutation(ICaseFileStore store) : IActivity<CouncilTaskInput>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(
            DecisionVariables.Mutation, DecisionVariables.MutationDecidedOn, DecisionVariables.MutationFrom, DecisionVariables.MutationUntil,
            DecisionVariables.MutationUntilAt, DecisionVariables.MutationReason, DecisionVariables.DecisionId, DecisionVariables.DecisionOutcome,
            DecisionVariables.DecidedOn, DeadlineVariables.NotificationDueOn, DeadlineVariables.A036DueOn, SppIsVariables.FormsSent, LetterVariables.LetterSent);

    public const string Suspended = "Suspended";
    public const string Withdrawn = "Withdrawn";
    public const string Resumed = "Resumed";
    public const string Suspend = "Suspend";
    public const string Withdraw = "Withdraw";
    public const string Resume = "Resume";
    public const string TaskType = "council-mutation";

    /// <summary>The task's form for a running aid (suspend or withdraw) or a suspended one (resume or withdraw).</summary>
    public static IReadOnlyList<FormField> Form(bool suspended) =>
    [
        new("mutation", FormFieldType.Choice, Required: true, Choices: suspended ? [Resume, Withdraw] : [Suspend, Withdraw]),
        new("decidedOn", FormFieldType.Date, Required: true, NotAfterToday: true),
        new("from", FormFieldType.Date, Required: true),
        new("until", FormFieldType.Date, NotBefore: "from"),
        new("reason", FormFieldType.Text, Required: true, MaxLength: 200),
    ];

    public async ValueTask<ActivityResult> ExecuteAsync(CouncilTaskInput input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        var suspended = request.LatestDecision is { Outcome: DecisionOutcome.Suspended };
        var title = suspended ? "Resumption or withdrawal" : "Suspension or withdrawal";
        return ActivityResult.Suspend(TaskOpening.Open(context, input, TaskType, title, Form(suspended), defaultRole: Roles.Manager));
    }

    public async ValueTask<ActivityResult> ResumeAsync(CouncilTaskInput input, ActivityContext context, JsonNode? payload)
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

        context.Set(DecisionVariables.Mutation, kind);
        context.Set(DecisionVariables.MutationDecidedOn, decidedOn);
        context.Set(DecisionVariables.MutationFrom, decision.EffectiveFrom);
        context.Set(DecisionVariables.MutationUntil, decision.EffectiveUntil);
        context.Set(DecisionVariables.MutationUntilAt, decision.EffectiveUntil is { } last ? LegalClock.StartOf(last.AddDays(1)) : null);
        context.Set(DecisionVariables.MutationReason, reason);
        context.Set(DecisionVariables.DecisionId, decision.Id);
        context.Set(DecisionVariables.DecisionOutcome, outcome);
        context.Set(DecisionVariables.DecidedOn, decidedOn);
        context.Set(DeadlineVariables.NotificationDueOn, LegalDeadlines.NotificationDue(decidedOn));
        context.Set(DeadlineVariables.A036DueOn, LegalDeadlines.A036Due(decidedOn));
        context.Set(SppIsVariables.FormsSent, false);
        context.Set(LetterVariables.LetterSent, false);
        return ActivityResult.Complete(outcome);
    }
}
