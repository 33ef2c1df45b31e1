using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>
/// Delivers committed outbox messages to their handlers, at least once; the idempotency key turns that into exactly
/// one effect at the receiver. A failed delivery is retried with back-off, then marked failed for an operator.
/// </summary>
public sealed class OutboxDispatcher(IWorkflowStore store, IEnumerable<IOutboxHandler> handlers, TimeProvider clock)
{
    public const int MaxAttempts = 10;

    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);

    /// <summary>Delivers one message. True when it is (now or already) delivered.</summary>
    public async Task<bool> DispatchAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var message = await store.FindOutboxMessageAsync(messageId, cancellationToken);
        if (message is null || message.Status == OutboxStatus.Failed)
        {
            return false;
        }

        if (message.Status == OutboxStatus.Dispatched)
        {
            return true;
        }

        var handler = handlers.FirstOrDefault(h => string.Equals(h.MessageType, message.MessageType, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No outbox handler for message type '{message.MessageType}'.");

        message.Attempts++;
        try
        {
            var delivery = new OutboxDelivery(message.Id, message.InstanceId, message.MessageType, JsonNode.Parse(message.PayloadJson), message.IdempotencyKey, message.Attempts);
            await handler.HandleAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = $"{ex.GetType().Name}: {ex.Message}";
            if (message.Attempts >= MaxAttempts)
            {
                message.Status = OutboxStatus.Failed;
                message.NextAttemptAt = null;
            }
            else
            {
                message.NextAttemptAt = clock.GetUtcNow() + (FirstDelay * Math.Pow(2, message.Attempts - 1));
            }

            await store.SaveChangesAsync(cancellationToken);
            return false;
        }

        message.Status = OutboxStatus.Dispatched;
        message.DispatchedAt = clock.GetUtcNow();
        message.LastError = null;
        await store.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The sweep: delivers every due pending message (lost notices, crashes, back-off elapsed).</summary>
    public async Task<int> DispatchDueAsync(int max, CancellationToken cancellationToken)
    {
        var due = (await store.ListDueOutboxMessagesAsync(clock.GetUtcNow(), max, cancellationToken)).Select(m => m.Id).ToList();
        store.DiscardChanges();
        var delivered = 0;
        foreach (var id in due)
        {
            try
            {
                delivered += await DispatchAsync(id, cancellationToken) ? 1 : 0;
            }
            catch (WorkflowConcurrencyException)
            {
                // Another node delivered or updated it at the same time; the next sweep looks again.
                store.DiscardChanges();
            }
        }

        return delivered;
    }
}
