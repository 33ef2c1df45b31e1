using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Where every instance begins.</summary>
[Activity(BuiltInActivityTypes.Start, 1, Category = "Control", DisplayName = "Start")]
public sealed class Start : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) => ValueTask.FromResult(ActivityResult.Complete());
}
