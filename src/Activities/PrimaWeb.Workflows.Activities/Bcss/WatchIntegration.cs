using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.Bcss;

/// <summary>
/// Watches the end of the request's integration (integrationEndsOn, or the given day): waits until some days before it
/// and completes with Expiring (the definition raises "extend or end"), or — with 0 days, or once the end has passed —
/// waits for the day after the end and completes with Expired, setting integrationStatus to Expired.
/// </summary>
[Activity("Bcss.WatchIntegration", 1, Category = "BCSS", DisplayName = "Watch the integration's end", Blocking = true)]
[ActivityOutcome(Expiring)]
[ActivityOutcome(Expired)]
public sealed class WatchIntegration : IActivity<WatchIntegration.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess.Reading(BcssVariables.IntegrationEndsOn).AndWriting(BcssVariables.IntegrationStatus);

    public const string Expiring = "Expiring";
    public const string Expired = "Expired";

    public ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var (warnAt, expireAt) = Moments(input, context);
        var now = context.Clock.GetUtcNow();
        var target = warnAt ?? expireAt;
        return ValueTask.FromResult(now < target ? ActivityResult.Suspend(BookmarkRequest.ForTimer(target)) : Finish(context, now, expireAt));
    }

    public ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload) =>
        ValueTask.FromResult(Finish(context, context.Clock.GetUtcNow(), Moments(input, context).ExpireAt));

    private static ActivityResult Finish(ActivityContext context, DateTimeOffset now, DateTimeOffset expireAt)
    {
        if (now < expireAt)
        {
            context.Set(BcssVariables.IntegrationStatus, Expiring);
            return ActivityResult.Complete(Expiring);
        }

        context.Set(BcssVariables.IntegrationStatus, Expired);
        return ActivityResult.Complete(Expired);
    }

    private static (DateTimeOffset? WarnAt, DateTimeOffset ExpireAt) Moments(Input input, ActivityContext context)
    {
        var endsOn = input.EndsOn
            ?? context.Get(BcssVariables.IntegrationEndsOn)
            ?? throw new InvalidOperationException($"No integration end to watch: give 'endsOn' or integrate first ({BcssVariables.IntegrationEndsOn.Name}).");
        var daysBefore = Math.Max(0, input.DaysBefore);
        var expireAt = LegalClock.StartOf(endsOn.AddDays(1));
        return (daysBefore == 0 ? null : LegalClock.StartOf(endsOn.AddDays(-daysBefore), 8), expireAt);
    }

    /// <summary>Which end to watch, and how long before it to warn.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true)]
        DateOnly? EndsOn = null,
        [ActivityInput(Journaled = true)]
        int DaysBefore = 30);
}
