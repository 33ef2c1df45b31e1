using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// What integrating and disintegrating share: the lines go to the BCSS through the outbox
/// (<see cref="MessageTypes.ManageAccess"/>) and the step waits for the handler's Done or Refused, keeping its message.
/// </summary>
internal static class AccessRequest
{
    public static ActivityResult Send(ActivityContext context, RequestVariables variables, string action, JsonArray items)
    {
        var key = StepKeys.Next(context, variables.Request);
        context.EnqueueOutbox(MessageTypes.ManageAccess, new JsonObject
        {
            ["tenantId"] = variables.Tenant,
            ["caseId"] = variables.Case.ToString(),
            ["requestId"] = variables.Request.ToString(),
            ["action"] = action,
            ["user"] = variables.Author,
            ["signalKey"] = key,
            ["items"] = items,
        }, key);
        return ActivityResult.Suspend(BookmarkRequest.ForSignal(MessageTypes.AccessSignal, key));
    }

    public static ValueTask<ActivityResult> Answered(ActivityContext context, JsonNode? payload)
    {
        context.Set(BcssVariables.IntegrationMessage, StepOutcome.MessageOf(payload));
        return ValueTask.FromResult(ActivityResult.Complete(StepOutcome.OutcomeOf(payload) == StepOutcome.Refused ? StepOutcome.Refused : StepOutcome.Done));
    }
}
