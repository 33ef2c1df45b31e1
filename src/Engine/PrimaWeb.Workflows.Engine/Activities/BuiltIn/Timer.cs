using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Activities.BuiltIn;

/// <summary>Waits until an instant, or for an ISO 8601 duration from now (calendar months and years).</summary>
[Activity(BuiltInActivityTypes.Timer, 1, Category = "Control", DisplayName = "Timer", Blocking = true,
    Description = "Waits until a date or for a duration.", DescriptionFr = "Attend jusqu'à une date ou pendant une durée.",
    DescriptionNl = "Wacht tot een datum of gedurende een termijn.")]
[ActivityInput("until", ActivityInputType.Instant, Journaled = true,
    Help = "The instant to wait for (ISO 8601 with offset).", HelpFr = "L'instant attendu (ISO 8601).", HelpNl = "Het tijdstip (ISO 8601).")]
[ActivityInput("duration", ActivityInputType.Duration, Journaled = true,
    Help = "How long to wait, e.g. P30D or P1M; used when 'until' is empty.",
    HelpFr = "Durée d'attente, p. ex. P30D ou P1M.", HelpNl = "Wachttijd, bv. P30D of P1M.")]
public sealed class Timer : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var until = context.GetInput<DateTimeOffset?>("until");
        if (until is null)
        {
            var text = context.GetInput<string>("duration");
            if (!IsoDuration.TryParse(text, out var duration))
            {
                throw new InvalidOperationException($"Timer '{context.ActivityId}' needs 'until' or a valid ISO 8601 'duration' (got '{text}').");
            }

            until = duration.AddTo(context.Clock.GetUtcNow());
        }

        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.ForTimer(until.Value)));
    }
}
