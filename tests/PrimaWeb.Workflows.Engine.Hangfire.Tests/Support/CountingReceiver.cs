using System.Collections.Concurrent;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>An external system shared by every node: counts calls per idempotency key and performs one effect per key.</summary>
public sealed class CountingReceiver : IOutboxHandler
{
    public const string Type = "test.notice";

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public string MessageType => Type;

    public Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        Calls.AddOrUpdate(delivery.IdempotencyKey, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
