using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Watches the end of the request's integration (integrationEndsOn, or the given day): waits until some days before it
/// and completes with Expiring (the definition raises "extend or end"), or — with 0 days, or once the end has passed —
/// waits for the day after the end and completes with Expired, setting integrationStatus to Expired.
/// </summary>
[Activity("Bcss.WatchIntegration", 1, Category = "BCSS", DisplayName = "Watch the integration's end", Blocking = true,
    Description = "Waits until some days before the integration ends (Expiring), or until it has ended (Expired).",
    DescriptionFr = "Attend quelques jours avant la fin de l'intégration (Expiring), ou sa fin (Expired).",
    DescriptionNl = "Wacht tot enkele dagen voor het einde van de integratie (Expiring), of tot ze afgelopen is (Expired).")]
[ActivityInput("endsOn", ActivityInputType.Date, Journaled = true,
    Help = "Last day of the integration; the variable integrationEndsOn when empty.",
    HelpFr = "Dernier jour de l'intégration ; la variable integrationEndsOn si vide.",
    HelpNl = "Laatste dag van de integratie; de variabele integrationEndsOn indien leeg.")]
[ActivityInput("daysBefore", ActivityInputType.WholeNumber, DefaultJson = "30", Journaled = true,
    Help = "Days before the end to warn (Expiring); 0 waits for the end itself (Expired).",
    HelpFr = "Jours avant la fin pour avertir (Expiring) ; 0 attend la fin elle-même (Expired).",
    HelpNl = "Dagen voor het einde om te waarschuwen (Expiring); 0 wacht op het einde zelf (Expired).")]
[ActivityOutcome(Expiring)]
[ActivityOutcome(Expired)]
public sealed class WatchIntegration : IActivity
{
    public const string Expiring = "Expiring";
    public const string Expired = "Expired";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var (warnAt, expireAt) = Moments(context);
        var now = context.Clock.GetUtcNow();
        var target = warnAt ?? expireAt;
        return ValueTask.FromResult(now < target ? ActivityResult.Suspend(BookmarkRequest.ForTimer(target)) : Finish(context, now, expireAt));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload) =>
        ValueTask.FromResult(Finish(context, context.Clock.GetUtcNow(), Moments(context).ExpireAt));

    private static ActivityResult Finish(ActivityContext context, DateTimeOffset now, DateTimeOffset expireAt)
    {
        if (now < expireAt)
        {
            context.SetVariable("integrationStatus", Expiring);
            return ActivityResult.Complete(Expiring);
        }

        context.SetVariable("integrationStatus", Expired);
        return ActivityResult.Complete(Expired);
    }

    private static (DateTimeOffset? WarnAt, DateTimeOffset ExpireAt) Moments(ActivityContext context)
    {
        var endsOn = context.GetInput<string>("endsOn") is { Length: > 0 } text
            ? RequestVariables.ParseDate(text, "endsOn")
            : RequestVariables.Of(context).Date(IntegratePersons.EndsOnVariable)
                ?? throw new InvalidOperationException($"No integration end to watch: give 'endsOn' or integrate first ({IntegratePersons.EndsOnVariable}).");
        var daysBefore = Math.Max(0, context.GetInput<int?>("daysBefore") ?? 30);
        var expireAt = LegalClock.StartOf(endsOn.AddDays(1));
        return (daysBefore == 0 ? null : LegalClock.StartOf(endsOn.AddDays(-daysBefore), 8), expireAt);
    }
}
