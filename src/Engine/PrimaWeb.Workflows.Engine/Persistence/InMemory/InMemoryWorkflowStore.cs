using System.Text.Json;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Persistence.InMemory;

/// <summary>
/// An <see cref="IWorkflowStore"/> in memory, for unit tests and demos: one per scope over a shared
/// <see cref="InMemoryWorkflowDatabase"/>. Same unit-of-work semantics as the EF Core store (atomic save, stale-write
/// detection, discard), no durability.
/// </summary>
public sealed class InMemoryWorkflowStore(InMemoryWorkflowDatabase database) : IWorkflowStore
{
    private readonly Dictionary<string, Tracked> _tracked = new(StringComparer.Ordinal);

    public Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Find<WorkflowInstance>(Key(id)));

    public Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkflowInstance>>(Query<WorkflowInstance>(i => i.DefinitionId == definitionId && i.DefinitionVersion == version));

    public void AddInstance(WorkflowInstance instance) => Add(instance);

    public Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Find<Bookmark>(Key(id)));

    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid instanceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Bookmark>>(Query<Bookmark>(b => b.InstanceId == instanceId));

    public Task<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string signalName, string? correlationKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Bookmark>>(Query<Bookmark>(b => b.Kind == BookmarkKind.Signal && b.SignalName == signalName && b.CorrelationKey == correlationKey));

    public void AddBookmark(Bookmark bookmark) => Add(bookmark);

    public void RemoveBookmark(Bookmark bookmark) => Remove(bookmark);

    public Task<WorkflowTimer?> FindTimerAsync(Guid bookmarkId, CancellationToken cancellationToken) => Task.FromResult(Find<WorkflowTimer>(Key(bookmarkId)));

    public Task<IReadOnlyList<WorkflowTimer>> ListTimersAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<WorkflowTimer>>(Query<WorkflowTimer>(_ => true));

    public void AddTimer(WorkflowTimer timer) => Add(timer);

    public void RemoveTimer(WorkflowTimer timer) => Remove(timer);

    public Task<HumanTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Find<HumanTask>(Key(id)));

    public Task<IReadOnlyList<HumanTask>> QueryTasksAsync(InboxQuery query, CancellationToken cancellationToken)
    {
        var matches = Query<HumanTask>(_ => true).AsQueryable();
        IReadOnlyList<HumanTask> page = [.. InboxFilter.Apply(matches, query)];
        return Task.FromResult(page);
    }

    public void AddTask(HumanTask task) => Add(task);

    public Task<IReadOnlyList<HumanTaskHistoryEntry>> ListTaskHistoryAsync(Guid taskId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HumanTaskHistoryEntry>>([.. Query<HumanTaskHistoryEntry>(h => h.TaskId == taskId).OrderBy(h => h.Revision)]);

    public void AddTaskHistory(HumanTaskHistoryEntry entry) => Add(entry);

    public void AddJournalEntry(JournalEntry entry) => Add(entry);

    public Task<IReadOnlyList<JournalEntry>> ListJournalAsync(Guid instanceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>([.. Query<JournalEntry>(j => j.InstanceId == instanceId).OrderBy(j => j.At).ThenBy(j => j.Sequence)]);

    public Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Find<Incident>(Key(id)));

    public Task<IReadOnlyList<Incident>> ListOpenIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Incident>>([.. IncidentQuery.Apply(Query<Incident>(_ => true).AsQueryable(), filter)]);

    public void AddIncident(Incident incident) => Add(incident);

    public Task<EngineBacklog> CountBacklogAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(new EngineBacklog(
        Query<OutboxMessage>(m => m.Status == OutboxStatus.Pending).Count,
        Query<Incident>(i => i.Status == IncidentStatus.Open).Count,
        Query<WorkflowTimer>(t => t.DueAt <= now).Count));

    public void AddOutboxMessage(OutboxMessage message)
    {
        // The unique index of the EF store, reproduced so that tests see the same refusal.
        if (Query<OutboxMessage>(m => m.IdempotencyKey == message.IdempotencyKey).Count > 0)
        {
            throw new InvalidOperationException($"An outbox message with idempotency key '{message.IdempotencyKey}' already exists.");
        }

        Add(message);
    }

    public Task<OutboxMessage?> FindOutboxMessageAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Find<OutboxMessage>(Key(id)));

    public Task<IReadOnlyList<OutboxMessage>> ListDueOutboxMessagesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>([.. Query<OutboxMessage>(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.CreatedAt).Take(max)]);

    public Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        Task.FromResult(Find<StoredDefinition>(DefinitionKey(definitionId, version)));

    public Task<IReadOnlyList<StoredDefinition>> ListDefinitionsAsync(string definitionId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredDefinition>>([.. Query<StoredDefinition>(d => d.DefinitionId == definitionId).OrderBy(d => d.Version)]);

    public void AddDefinition(StoredDefinition definition) => Add(definition);

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        lock (database.Gate)
        {
            var changes = new List<(string Key, InMemoryWorkflowDatabase.Row? Row, Guid? ExpectedStamp)>();
            foreach (var (key, tracked) in _tracked)
            {
                var json = JsonSerializer.Serialize(tracked.Entity, tracked.Entity.GetType(), InMemoryWorkflowDatabase.Json);
                if (tracked.Removed)
                {
                    changes.Add((key, null, tracked.Stamp));
                }
                else if (tracked.Stamp is null || !string.Equals(json, tracked.Json, StringComparison.Ordinal))
                {
                    // Only changed rows are checked and restamped, like EF Core's optimistic concurrency.
                    changes.Add((key, new InMemoryWorkflowDatabase.Row(tracked.Entity.GetType(), json, Guid.NewGuid()), tracked.Stamp));
                }
            }

            database.Apply(changes);
        }

        _tracked.Clear();
        return Task.CompletedTask;
    }

    public void DiscardChanges() => _tracked.Clear();

    private static string Key(Guid id) => id.ToString("N");

    private static string DefinitionKey(string definitionId, int version) => $"{definitionId}@{version}";

    private static string KeyOf(object entity) => entity switch
    {
        WorkflowInstance i => Key(i.Id),
        Bookmark b => Key(b.Id),
        WorkflowTimer t => Key(t.BookmarkId),
        HumanTask t => Key(t.Id),
        HumanTaskHistoryEntry h => Key(h.Id),
        JournalEntry j => Key(j.Id),
        Incident i => Key(i.Id),
        OutboxMessage m => Key(m.Id),
        StoredDefinition d => DefinitionKey(d.DefinitionId, d.Version),
        _ => throw new ArgumentException($"Unknown entity {entity.GetType()}.", nameof(entity)),
    };

    private static string TypedKey(Type type, string key) => type.Name + ":" + key;

    private T? Find<T>(string key)
        where T : class
    {
        var typedKey = TypedKey(typeof(T), key);
        if (_tracked.TryGetValue(typedKey, out var tracked))
        {
            return tracked.Removed ? null : (T)tracked.Entity;
        }

        var row = database.Find(typedKey);
        return row is null ? null : Track<T>(typedKey, row);
    }

    private List<T> Query<T>(Func<T, bool> predicate)
        where T : class
    {
        foreach (var (key, row) in database.Rows(typeof(T)))
        {
            if (!_tracked.ContainsKey(key))
            {
                Track<T>(key, row);
            }
        }

        return [.. _tracked.Values.Where(t => !t.Removed && t.Entity is T).Select(t => (T)t.Entity).Where(predicate)];
    }

    private T Track<T>(string key, InMemoryWorkflowDatabase.Row row)
        where T : class
    {
        var entity = JsonSerializer.Deserialize<T>(row.Json, InMemoryWorkflowDatabase.Json)!;
        _tracked[key] = new Tracked(entity, row.Stamp, row.Json);
        return entity;
    }

    private void Add(object entity) => _tracked[TypedKey(entity.GetType(), KeyOf(entity))] = new Tracked(entity, null, null);

    private void Remove(object entity)
    {
        var key = TypedKey(entity.GetType(), KeyOf(entity));
        if (_tracked.TryGetValue(key, out var tracked) && tracked.Stamp is null)
        {
            _tracked.Remove(key);
            return;
        }

        _tracked[key] = new Tracked(entity, tracked?.Stamp, tracked?.Json) { Removed = true };
    }

    private sealed record Tracked(object Entity, Guid? Stamp, string? Json)
    {
        public bool Removed { get; init; }
    }
}
