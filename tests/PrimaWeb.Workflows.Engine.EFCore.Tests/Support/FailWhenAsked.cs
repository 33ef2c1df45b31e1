using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>Throws while the probe holds failures for its id.</summary>
[Activity("Test.FailWhenAsked", 1, Category = "Test")]
public sealed class FailWhenAsked(Faults faults) : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) =>
        faults.TakeOne(context.ActivityId)
            ? throw new InvalidOperationException("The service is down.")
            : ValueTask.FromResult(ActivityResult.Complete());
}
