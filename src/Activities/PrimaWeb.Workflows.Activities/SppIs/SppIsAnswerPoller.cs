using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.Outbox;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.FederalServices.SppIs;

namespace PrimaWeb.Workflows.Activities.SppIs;

/// <summary>
/// The recurring job's work (the host schedules it, e.g. as an <c>IRecurringWorkflowJob</c> every 5 minutes): for
/// each form whose answer is awaited, asks OCMWCPASListOfAttestation for it by form id, records an answer on the form,
/// and ends the wait of a form whose awaited time has passed (Unanswered); saves, then signals
/// <see cref="MessageTypes.AnswerSignal"/> (Accepted, Refused or TimedOut) correlated by the form's record id.
/// </summary>
public sealed class SppIsAnswerPoller(IServiceScopeFactory scopes, WorkflowSignals signals, TimeProvider clock, ILogger<SppIsAnswerPoller> logger)
{
    /// <summary>Forms asked about per run; the longest waiting come first, the rest at the next run.</summary>
    public const int BatchSize = 200;

    /// <summary>Polls once; returns how many waiting steps were signalled.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<(Guid FormId, string Outcome, string? Message)>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var forms = await scope.ServiceProvider.GetRequiredService<ISppIsFormQueue>().AwaitingAnswerAsync(BatchSize, cancellationToken);
            var client = scope.ServiceProvider.GetRequiredService<ISppIsClient>();
            foreach (var form in forms.Where(f => f.FormId is not null && !f.IsAnswered))
            {
                var answer = await FindAnswerAsync(client, form, cancellationToken);
                var now = clock.GetUtcNow();
                if (answer is { Status: not AttestationStatus.PENDING })
                {
                    var status = answer.Status switch
                    {
                        AttestationStatus.ACCEPTED => SppIsFormStatus.Accepted,
                        AttestationStatus.PARTIALLYACCEPTED => SppIsFormStatus.PartiallyAccepted,
                        _ => SppIsFormStatus.Refused,
                    };
                    form.RecordAnswer(status, answer.Reasons.Select(r => new SppIsAnswerReason(r.Code, r.Description)), answer.AnsweredAt ?? now);
                    var message = answer.Reasons.Count == 0 ? null : string.Join(Environment.NewLine, answer.Reasons.Select(r => $"{r.Code}: {r.Description}"));
                    outcomes.Add((form.Id, status == SppIsFormStatus.Refused ? AwaitAnswer.Refused : AwaitAnswer.Accepted, message));
                }
                else if (form.Status == SppIsFormStatus.Sent && form.AnswerAwaitedUntil is { } until && now >= until)
                {
                    form.MarkUnanswered();
                    outcomes.Add((form.Id, AwaitAnswer.TimedOut, $"No answer of the SPP-IS to form {form.FormId} by {until:yyyy-MM-dd HH:mm} UTC."));
                }
            }

            if (outcomes.Count > 0)
            {
                await scope.ServiceProvider.GetRequiredService<ICaseFileUnitOfWork>().SaveChangesAsync(cancellationToken);
            }
        }

        foreach (var (formId, outcome, message) in outcomes)
        {
            await signals.SignalAsync(MessageTypes.AnswerSignal, formId.ToString(), StepOutcome.Payload(outcome, message), cancellationToken);
        }

        return outcomes.Count;
    }

    private async Task<AttestationAnswer?> FindAnswerAsync(ISppIsClient client, SppIsForm form, CancellationToken cancellationToken)
    {
        var context = new FederalCallContext(
            form.TenantId, MessageTypes.SystemActor, form.CaseId.ToString(), form.RequestId?.ToString(), FormContents.LegalContextOf(form.Type));
        try
        {
            var list = await client.ListOfAttestationAsync(context, new ListOfAttestationRequest(FormId: form.FormId), cancellationToken);
            return list.Attestations.FirstOrDefault(a => a.FormId == form.FormId);
        }
        catch (FederalServiceException ex)
        {
            // One form's failure must not stop the others; the next run asks again.
            logger.LogWarning(ex, "Answer of SPP-IS form {FormId} could not be read", form.FormId);
            return null;
        }
    }
}
