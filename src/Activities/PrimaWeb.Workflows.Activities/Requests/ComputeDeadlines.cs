using System.Globalization;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Activities.Requests;

/// <summary>
/// Computes the request's decision deadline from <see cref="LegalDeadlines"/> (30 days after reception) and sets the
/// variables the deadline branch waits on: decisionDueOn, decisionReminderAt (some days before, 8:00 in Brussels) and
/// decisionOverdueAt (the start of the day after the due day).
/// </summary>
[Activity("Request.ComputeDeadlines", 1, Category = "Requests", DisplayName = "Compute legal deadlines",
    Description = "Sets the decision deadline (30 days after reception), its reminder and its overdue instant as variables.",
    DescriptionFr = "Calcule l'échéance de décision (30 jours après la réception), son rappel et l'instant du dépassement.",
    DescriptionNl = "Berekent de beslissingstermijn (30 dagen na ontvangst), de herinnering en het tijdstip van overschrijding.")]
[ActivityInput("reminderDaysBefore", ActivityInputType.WholeNumber, DefaultJson = "5", Journaled = true,
    Help = "How many days before the decision's due day the manager is reminded.",
    HelpFr = "Combien de jours avant l'échéance de la décision le responsable reçoit un rappel.",
    HelpNl = "Hoeveel dagen voor de vervaldag van de beslissing de verantwoordelijke een herinnering krijgt.")]
public sealed class ComputeDeadlines : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var received = RequestVariables.Of(context).Received;
        var due = LegalDeadlines.DecisionDue(received);
        var daysBefore = Math.Max(0, context.GetInput<int?>("reminderDaysBefore") ?? 5);
        context.SetVariable("decisionDueOn", RequestVariables.FormatDate(due));
        context.SetVariable("decisionReminderAt", Instant(LegalClock.StartOf(due.AddDays(-daysBefore), 8)));
        context.SetVariable("decisionOverdueAt", Instant(LegalClock.StartOf(due.AddDays(1))));
        context.SetVariable("lateDecisionInterestFrom", RequestVariables.FormatDate(LegalDeadlines.LateDecisionInterestFrom(received)));
        return ValueTask.FromResult(ActivityResult.Complete());
    }

    internal static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
