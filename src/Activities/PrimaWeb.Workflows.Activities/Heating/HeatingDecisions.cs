using PrimaWeb.Workflows.Activities.Council;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Heating;

/// <summary>Records a heating decision on the request and sets what the letter and its deadline read.</summary>
internal static class HeatingDecisions
{
    public static IReadOnlyList<WorkflowVariable> Written { get; } =
    [
        DecisionVariables.DecisionId, DecisionVariables.DecisionOutcome, DecisionVariables.DecidedOn, DeadlineVariables.NotificationDueOn,
        DeadlineVariables.NotificationOverdueAt, DeadlineVariables.NotificationOverdue, LetterVariables.LetterSent,
    ];

    /// <summary>Moves the request to the decision (a refusal at filing skips the steps it did not need) and records it.</summary>
    public static Decision Decide(Request request, bool grant, DateOnly decidedOn, DateOnly effectiveFrom, DateOnly today, string? motivation)
    {
        if (request.CanFire(RequestTrigger.StartInvestigation))
        {
            request.StartInvestigation();
        }

        if (request.CanFire(RequestTrigger.PrepareProposal))
        {
            request.PrepareProposal();
        }

        if (request.CanFire(RequestTrigger.SubmitToCouncil))
        {
            request.SubmitToCouncil();
        }

        return grant ? request.Grant(decidedOn, effectiveFrom, today, motivation) : request.Refuse(decidedOn, today, motivation);
    }

    public static void SetVariables(ActivityContext context, Decision decision) =>
        RecordDecision.SetNotificationVariables(context, decision, decision.Outcome == DecisionOutcome.Granted ? RecordDecision.Granted : RecordDecision.Refused);
}
