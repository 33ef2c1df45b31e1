using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Requests;

/// <summary>
/// Computes the request's decision deadline from <see cref="LegalDeadlines"/> (30 days after reception) and sets the
/// variables the deadline branch waits on: decisionDueOn, decisionReminderAt (some days before, 8:00 in Brussels) and
/// decisionOverdueAt (the start of the day after the due day).
/// </summary>
[Activity("Request.ComputeDeadlines", 1, Category = "Requests", DisplayName = "Compute legal deadlines")]
public sealed class ComputeDeadlines : IActivity<ComputeDeadlines.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndWriting(DeadlineVariables.DecisionDueOn, DeadlineVariables.DecisionReminderAt, DeadlineVariables.DecisionOverdueAt, DeadlineVariables.LateDecisionInterestFrom);

    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var received = RequestVariables.Of(context).Received;
        var due = LegalDeadlines.DecisionDue(received);
        var daysBefore = Math.Max(0, input.ReminderDaysBefore);
        context.Set(DeadlineVariables.DecisionDueOn, due);
        context.Set(DeadlineVariables.DecisionReminderAt, LegalClock.StartOf(due.AddDays(-daysBefore), 8));
        context.Set(DeadlineVariables.DecisionOverdueAt, LegalClock.StartOf(due.AddDays(1)));
        context.Set(DeadlineVariables.LateDecisionInterestFrom, LegalDeadlines.LateDecisionInterestFrom(received));
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    /// <summary>How long before the due day the reminder comes.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        int ReminderDaysBefore = 5);
}
