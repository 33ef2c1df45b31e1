using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Waits until an instant, or for an ISO 8601 duration from now (calendar months and years).</summary>
[Activity(BuiltInActivityTypes.Timer, 1, Category = "Control", DisplayName = "Timer", Blocking = true)]
public sealed class Timer : IActivity<Timer.Input>
{
    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var until = input.Until ?? input.Duration?.AddTo(context.Clock.GetUtcNow())
            ?? throw new InvalidOperationException($"Timer '{context.ActivityId}' needs 'until' or an ISO 8601 'duration'.");
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.ForTimer(until)));
    }

    /// <summary>When to wake up: <see cref="Until"/>, else <see cref="Duration"/> from now.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        DateTimeOffset? Until,
        [ActivityInput(Journaled = true)]
        IsoDuration? Duration);
}
