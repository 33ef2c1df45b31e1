using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Persistence;

/// <summary>
/// The engine's unit of work, one per DI scope. Reads return tracked objects; changes (and those the activities made
/// through the same scope) are written together by <see cref="SaveChangesAsync"/>, or dropped by <see cref="DiscardChanges"/>.
/// </summary>
public interface IWorkflowStore
{
    Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(string definitionId, int version, CancellationToken cancellationToken);

    void AddInstance(WorkflowInstance instance);

    Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid instanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string signalName, string? correlationKey, CancellationToken cancellationToken);

    void AddBookmark(Bookmark bookmark);

    void RemoveBookmark(Bookmark bookmark);

    Task<WorkflowTimer?> FindTimerAsync(Guid bookmarkId, CancellationToken cancellationToken);

    /// <summary>Every timer still in the database (due or not), for re-arming on start-up.</summary>
    Task<IReadOnlyList<WorkflowTimer>> ListTimersAsync(CancellationToken cancellationToken);

    void AddTimer(WorkflowTimer timer);

    void RemoveTimer(WorkflowTimer timer);

    Task<HumanTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<HumanTask>> QueryTasksAsync(InboxQuery query, CancellationToken cancellationToken);

    void AddTask(HumanTask task);

    Task<IReadOnlyList<HumanTaskHistoryEntry>> ListTaskHistoryAsync(Guid taskId, CancellationToken cancellationToken);

    void AddTaskHistory(HumanTaskHistoryEntry entry);

    void AddJournalEntry(JournalEntry entry);

    Task<IReadOnlyList<JournalEntry>> ListJournalAsync(Guid instanceId, CancellationToken cancellationToken);

    Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Incident>> ListOpenIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken);

    void AddIncident(Incident incident);

    void AddOutboxMessage(OutboxMessage message);

    Task<OutboxMessage?> FindOutboxMessageAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Pending messages whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDueOutboxMessagesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>The committed backlog at <paramref name="now"/>, for the engine's gauges.</summary>
    Task<EngineBacklog> CountBacklogAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredDefinition>> ListDefinitionsAsync(string definitionId, CancellationToken cancellationToken);

    void AddDefinition(StoredDefinition definition);

    /// <summary>Commits every change of the scope in one transaction; throws <see cref="WorkflowConcurrencyException"/> on a stale write.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every uncommitted change of the scope (a faulted or conflicting burst).</summary>
    void DiscardChanges();
}
