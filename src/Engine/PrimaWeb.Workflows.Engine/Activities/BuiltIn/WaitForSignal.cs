using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Waits for a named signal (an answer, an event) correlated by a key, and stores its payload in a variable.</summary>
[Activity(BuiltInActivityTypes.WaitForSignal, 1, Category = "Control", DisplayName = "Wait for signal", Blocking = true)]
public sealed class WaitForSignal : IActivity<WaitForSignal.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.ForSignal(input.Signal, input.CorrelationKey)));

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload)
    {
        if (input.ResultVariable is { Length: > 0 } variable)
        {
            context.SetVariable(variable, payload);
        }

        return ValueTask.FromResult(ActivityResult.Complete());
    }

    /// <summary>The signal awaited, its key, and the variable its payload goes to.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        string Signal,
        [ActivityInput(Journaled = true)]
        string? CorrelationKey,
        string? ResultVariable);
}
