namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>
/// Performs one type of side effect (send a form, a letter …). The domain implements it and registers it with
/// <c>AddOutboxHandler&lt;T&gt;()</c>. It must pass the idempotency key to the receiver: delivery is at least once.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>The message type this handler performs.</summary>
    string MessageType { get; }

    Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}
