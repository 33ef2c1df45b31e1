namespace PrimaWeb.Workflows.Engine.Outbox;

/// <summary>Told after a commit that messages wait (e.g. enqueues a dispatch job). A lost notice is caught by the sweep.</summary>
public interface IOutboxNotifier
{
    Task NotifyAsync(IReadOnlyList<Guid> messageIds, CancellationToken cancellationToken);
}
