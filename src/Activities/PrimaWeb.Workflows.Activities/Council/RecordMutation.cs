using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Activities.Council;

/// <summary>
/// Records the Council's suspension (over a period) or withdrawal (from a date) of a granted aid: the request is
/// suspended or withdrawn and the mutation becomes variables that <see cref="SppIs.SendForm"/> turns into the
/// StopAttest form (and, for a withdrawal, the A036 modification or cancellation).
/// </summary>
[Activity("Council.RecordMutation", 1, Category = "Council", DisplayName = "Record a suspension or withdrawal", Blocking = true,
    Description = "Records the Council's suspension (period) or withdrawal (from a date, reason) of a granted aid.",
    DescriptionFr = "Enregistre la suspension (période) ou le retrait (à partir d'une date, motif) d'une aide octroyée par le Conseil.",
    DescriptionNl = "Registreert de schorsing (periode) of intrekking (vanaf een datum, reden) van een toegekende hulp door de Raad.")]
[ActivityInput("title", ActivityInputType.Text, Help = TaskInputs.TitleHelp, HelpFr = TaskInputs.TitleHelpFr, HelpNl = TaskInputs.TitleHelpNl)]
[ActivityInput("candidateRole", ActivityInputType.Text, DefaultJson = "\"Manager\"", Journaled = true,
    Help = "Role that records the decision (manager or secretary).", HelpFr = "Rôle qui enregistre la décision (responsable ou secrétaire).",
    HelpNl = "Rol die de beslissing registreert (verantwoordelijke of secretaris).")]
[ActivityInput("assignee", ActivityInputType.Text, Help = TaskInputs.AssigneeHelp, HelpFr = TaskInputs.AssigneeHelpFr, HelpNl = TaskInputs.AssigneeHelpNl)]
[ActivityInput("dueIn", ActivityInputType.Duration, Journaled = true, Help = TaskInputs.DueHelp, HelpFr = TaskInputs.DueHelpFr, HelpNl = TaskInputs.DueHelpNl)]
[ActivityOutcome(Suspended)]
[ActivityOutcome(Withdrawn)]
public sealed class RecordMutation(ICaseFileStore store) : IActivity
{
    public const string Suspended = "Suspended";
    public const string Withdrawn = "Withdrawn";
    public const string Suspend = "Suspend";
    public const string Withdraw = "Withdraw";
    public const string TaskType = "council-mutation";
    public const string KindVariable = "mutation";
    public const string DecidedOnVariable = "mutationDecidedOn";
    public const string FromVariable = "mutationFrom";
    public const string UntilVariable = "mutationUntil";
    public const string ReasonVariable = "mutationReason";

    public static IReadOnlyList<FormField> Form { get; } =
    [
        new("mutation", FormFieldType.Choice, Required: true, Choices: [Suspend, Withdraw]),
        new("decidedOn", FormFieldType.Date, Required: true),
        new("from", FormFieldType.Date, Required: true),
        new("until", FormFieldType.Date),
        new("reason", FormFieldType.Text, Required: true, MaxLength: 200),
    ];

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(TaskOpening.Open(context, TaskType, "Suspension or withdrawal", Form, defaultRole: TaskOpening.ManagerRole)));

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        if (request.LatestDecision is not { Outcome: DecisionOutcome.Granted })
        {
            throw new InvalidOperationException($"Request {request.Id} has no granted aid to suspend or withdraw.");
        }

        var kind = TaskOpening.Text(payload, "mutation");
        var decidedOn = TaskOpening.Date(payload, "decidedOn")!.Value;
        var from = TaskOpening.Date(payload, "from")!.Value;
        var until = TaskOpening.Date(payload, "until");
        if (kind == Suspend && until is null)
        {
            throw new InvalidOperationException("A suspension states its period: the last day ('until') is missing.");
        }

        if (until is { } end && end < from)
        {
            throw new InvalidOperationException($"The suspension cannot end ({RequestVariables.FormatDate(end)}) before it starts ({RequestVariables.FormatDate(from)}).");
        }

        if (kind == Suspend)
        {
            request.Suspend();
        }
        else
        {
            request.Withdraw();
        }

        context.SetVariable(KindVariable, kind);
        context.SetVariable(DecidedOnVariable, RequestVariables.FormatDate(decidedOn));
        context.SetVariable(FromVariable, RequestVariables.FormatDate(from));
        context.SetVariable(UntilVariable, kind == Suspend ? RequestVariables.FormatDate(until!.Value) : null);
        context.SetVariable(ReasonVariable, TaskOpening.Text(payload, "reason"));
        context.SetVariable("formsSent", false);
        return ActivityResult.Complete(kind == Suspend ? Suspended : Withdrawn);
    }
}
