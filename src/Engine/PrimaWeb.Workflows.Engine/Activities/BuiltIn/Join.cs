using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Waits until every incoming connection has arrived (join all), then continues once.</summary>
[Activity(BuiltInActivityTypes.Join, 1, Category = "Control", DisplayName = "Join")]
public sealed class Join : IActivity<NoInputs>
{
    public ValueTask<ActivityResult> ExecuteAsync(NoInputs input, ActivityContext context) => ValueTask.FromResult(ActivityResult.Complete());
}
