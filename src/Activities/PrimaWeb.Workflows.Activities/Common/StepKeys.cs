using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// The key of one execution of a waiting step: request, step and how many times this step ran in the instance. It is
/// the same on a redelivery of the message (it travels with it) and differs when a definition loops back to the step.
/// </summary>
public static class StepKeys
{
    public static string Next(ActivityContext context, Guid requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"{requestId:N}:{context.ActivityId}:{context.CountRun()}";
    }
}
