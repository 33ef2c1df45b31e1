using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Waits until an instant, or for an ISO 8601 duration from now (calendar months and years).</summary>
[Activity(BuiltInActivityTypes.Timer, 1, Category = "Control", DisplayName = "Timer", Blocking = true,
    Description = "Waits until a date or for a duration.", DescriptionFr = "Attend jusqu'à une date ou pendant une durée.",
    DescriptionNl = "Wacht tot een datum of gedurende een termijn.")]
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
        [ActivityInput(Journaled = true,
            Help = "The instant to wait for (ISO 8601 with offset).", HelpFr = "L'instant attendu (ISO 8601).", HelpNl = "Het tijdstip (ISO 8601).")]
        DateTimeOffset? Until,
        [ActivityInput(Journaled = true,
            Help = "How long to wait, e.g. P30D or P1M; used when 'until' is empty.",
            HelpFr = "Durée d'attente, p. ex. P30D ou P1M.", HelpNl = "Wachttijd, bv. P30D of P1M.")]
        IsoDuration? Duration);
}
