using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>What a handler receives: the message, its payload and the key the receiver dedupes on.</summary>
public sealed record OutboxDelivery(Guid MessageId, Guid? InstanceId, string MessageType, JsonNode? Payload, string IdempotencyKey, int Attempt);
