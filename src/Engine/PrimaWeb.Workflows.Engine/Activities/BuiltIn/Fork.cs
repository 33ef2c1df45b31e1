using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Starts every connected branch in parallel; pair it with a join.</summary>
[Activity(BuiltInActivityTypes.Fork, 1, Category = "Control", DisplayName = "Fork", Forks = true)]
public sealed class Fork : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) => ValueTask.FromResult(ActivityResult.Complete());
}
