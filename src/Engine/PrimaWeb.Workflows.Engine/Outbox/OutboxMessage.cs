namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>
/// An external side effect recorded in the same burst as the state that caused it, delivered after commit. The
/// idempotency key is unique and is handed to the receiver, so a redelivery after a crash has no second effect.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid? InstanceId { get; set; }

    public string MessageType { get; set; } = "";

    public string PayloadJson { get; set; } = "null";

    public string IdempotencyKey { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public string? LastError { get; set; }
}
