using System.Collections.Concurrent;
using PrimaWeb.Workflows.Engine.Outbox;

namespace PrimaWeb.Workflows.Engine.EFCore.Tests.Support;

/// <summary>
/// The external system (e.g. the SPP-IS): it performs an effect once per idempotency key, as the real services are
/// asked to, and counts how often it was called.
/// </summary>
public sealed class FakeReceiver(CrashInjector crashes) : IOutboxHandler
{
    public ConcurrentDictionary<string, string> Effects { get; } = new();

    public int Calls { get; private set; }

    public string MessageType => SendMessage.MessageType;

    public Task HandleAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        crashes.Hit(CrashPoint.BeforeEffect);
        Calls++;
        Effects.TryAdd(delivery.IdempotencyKey, delivery.Payload?.ToJsonString() ?? "null");
        crashes.Hit(CrashPoint.AfterEffect);
        return Task.CompletedTask;
    }
}
