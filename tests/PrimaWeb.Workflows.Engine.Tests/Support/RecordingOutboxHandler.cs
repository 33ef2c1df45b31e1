using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>A receiver that dedupes on the idempotency key, as a real one must.</summary>
public sealed class RecordingOutboxHandler(TestProbe probe) : IOutboxHandler
{
    public string MessageType => SendMessage.MessageType;

    public Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (probe.DeliveryFailuresLeft > 0)
        {
            probe.DeliveryFailuresLeft--;
            throw new HttpRequestException("Receiver unreachable.");
        }

        if (!probe.Delivered.Any(d => d.Key == delivery.IdempotencyKey))
        {
            probe.Delivered.Enqueue((delivery.MessageType, delivery.IdempotencyKey, delivery.Payload?.ToJsonString() ?? "null"));
        }

        return Task.CompletedTask;
    }
}
