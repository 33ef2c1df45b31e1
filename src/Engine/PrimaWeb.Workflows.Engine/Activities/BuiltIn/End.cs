using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Ends the instance; any other branch still waiting is cancelled.</summary>
[Activity(BuiltInActivityTypes.End, 1, Category = "Control", DisplayName = "End")]
public sealed class End : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) => ValueTask.FromResult(ActivityResult.Complete());
}
