using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// Waits for the SPP-IS answer to the form just sent (signal <see cref="MessageTypes.AnswerSignal"/> correlated by the
/// form's record id). The time-out is kept on the form; the polling job ends the wait with TimedOut after it. The
/// answer moves the request to accepted or rejected by the SPP-IS.
/// </summary>
[Activity("SppIs.AwaitAnswer", 1, Category = "SPP-IS", DisplayName = "Await the SPP-IS answer", Blocking = true)]
[ActivityOutcome(Accepted)]
[ActivityOutcome(Refused)]
[ActivityOutcome(TimedOut)]
public sealed class AwaitAnswer(ICaseFileStore store) : IActivity<AwaitAnswer.Input>
{
    /// <summary>The variables the step reads and writes.</summary>
    public static VariableAccess Variables { get; } = VariableAccess
        .Reading(RequestVariables.All)
        .AndReading(SppIsVariables.FormId)
        .AndWriting(SppIsVariables.Message, SppIsVariables.Answer);

    public const string Accepted = "Accepted";
    public const string Refused = "Refused";
    public const string TimedOut = "TimedOut";

    private static readonly IsoDuration DefaultTimeout = new(0, 0, 0, 10, 0, 0, 0);

    public async ValueTask<ActivityResult> ExecuteAsync(Input input, ActivityContext context)
    {
        var variables = RequestVariables.Of(context);
        var formId = context.Get(SppIsVariables.FormId)
            ?? throw new InvalidOperationException($"No form to await: the variable '{SppIsVariables.FormId.Name}' is empty; send a form first.");
        var form = await store.FindFormAsync(variables.Tenant, formId, context.CancellationToken)
            ?? throw new InvalidOperationException($"Form {formId} does not exist in {variables.Tenant}.");
        form.AwaitAnswerUntil((input.Timeout ?? DefaultTimeout).AddTo(context.Clock.GetUtcNow()));
        return ActivityResult.Suspend(BookmarkRequest.ForSignal(MessageTypes.AnswerSignal, form.Id.ToString()));
    }

    public async ValueTask<ActivityResult> ResumeAsync(Input input, ActivityContext context, JsonNode? payload)
    {
        var variables = RequestVariables.Of(context);
        var outcome = StepOutcome.OutcomeOf(payload, TimedOut);
        context.Set(SppIsVariables.Message, StepOutcome.MessageOf(payload));
        context.Set(SppIsVariables.Answer, outcome);
        var request = await store.RequestAsync(variables.Tenant, variables.Request, context.CancellationToken);
        switch (outcome)
        {
            case Accepted when request.CanFire(RequestTrigger.SppIsAccept):
                request.RecordSppIsAcceptance();
                break;
            case Refused when request.CanFire(RequestTrigger.SppIsReject):
                request.RecordSppIsRejection();
                break;
            default:
                break;
        }

        return ActivityResult.Complete(outcome is Accepted or Refused ? outcome : TimedOut);
    }

    /// <summary>How long the SPP-IS's answer is awaited.</summary>
    public sealed record Input(
        [ActivityInput(Journaled = true, DefaultJson = "\"P10D\"")]
        IsoDuration? Timeout = null);
}
