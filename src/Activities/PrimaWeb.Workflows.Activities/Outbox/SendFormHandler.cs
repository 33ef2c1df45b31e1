using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Activities.Outbox;

/// <summary>
/// Delivers <see cref="MessageTypes.SendForm"/> (forms and A036): sends the prepared form with its idempotency key,
/// marks it Sent with the SPP-IS's form id and saves. A form the gateway refuses (integration control, invalid
/// message) is never received: the waiting step is told at once (Refused, with the reason). A form already sent is
/// left alone, so a redelivery has no effect.
/// </summary>
public sealed class SendFormHandler(IServiceScopeFactory scopes, WorkflowSignals signals) : IOutboxHandler
{
    public string MessageType => MessageTypes.SendForm;

    public async Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = delivery.Payload ?? throw new InvalidOperationException("A SendForm message without payload.");
        var tenant = payload["tenantId"]!.GetValue<string>();
        var formId = Guid.Parse(payload["formRecordId"]!.GetValue<string>());
        string? refusal = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ICaseFileStore>();
            var form = await store.FindFormAsync(tenant, formId, cancellationToken)
                ?? throw new InvalidOperationException($"Form {formId} does not exist in {tenant}.");
            refusal = await FormDelivery.SendAsync(scope.ServiceProvider, form, payload["user"]?.GetValue<string>() ?? MessageTypes.SystemActor, cancellationToken);
        }

        if (refusal is not null)
        {
            await signals.SignalAsync(MessageTypes.AnswerSignal, formId.ToString(), StepOutcome.Payload(AwaitAnswer.Refused, refusal), cancellationToken);
        }
    }
}
