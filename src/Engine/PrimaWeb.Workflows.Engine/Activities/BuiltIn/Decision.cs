using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Takes the True or False branch from a Liquid condition on the variables.</summary>
[Activity(BuiltInActivityTypes.Decision, 1, Category = "Control", DisplayName = "Decision")]
[ActivityOutcome(Outcomes.True)]
[ActivityOutcome(Outcomes.False)]
public sealed class Decision : IActivity<Decision.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(input.Condition ? Outcomes.True : Outcomes.False));

    /// <summary>The condition, already evaluated on the variables.</summary>
    public sealed record Input(
        [ActivityInput(ActivityInputType.Condition)]
        bool Condition);
}
