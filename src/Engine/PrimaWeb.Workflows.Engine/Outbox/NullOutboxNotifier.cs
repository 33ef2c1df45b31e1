namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>Tells no one: messages are delivered by the periodic sweep only.</summary>
public sealed class NullOutboxNotifier : IOutboxNotifier
{
    public Task NotifyAsync(IReadOnlyList<Guid> messageIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
