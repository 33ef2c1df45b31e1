using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Throws while the probe holds failures for its id; then completes with Ok.</summary>
[Activity("Test.FailWhenAsked", 1, Category = "Test")]
[ActivityRetry(3, 60)]
[ActivityOutcome("Ok")]
[ActivityOutcome("Alternative")]
public sealed class FailWhenAsked(TestProbe probe) : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context)
    {
        if (probe.FailuresLeft.TryGetValue(context.ActivityId, out var left) && left > 0)
        {
            probe.FailuresLeft[context.ActivityId] = left - 1;
            throw new InvalidOperationException("The service is down.");
        }

        probe.Visits.Enqueue(context.ActivityId);
        return ValueTask.FromResult(ActivityResult.Complete("Ok"));
    }
}
