using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;
using PrimaWeb.Workflows.Engine.EFCore.Journal;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.EFCore;

/// <summary>
/// The engine's store on any DbContext whose model applied <see cref="WorkflowEngineModel.ApplyWorkflowEngineModel(ModelBuilder, DbContext)"/>.
/// It shares the scope's context with the activities, so one SaveChanges commits the burst and their domain changes.
/// </summary>
public sealed class EfWorkflowStore<TContext>(TContext context) : IWorkflowStore
    where TContext : DbContext
{
    // Journal lines wait here until the commit, which writes them as one row per instance (JournalBatch).
    private readonly List<JournalEntry> _journal = [];

    public async Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<WorkflowInstance>().FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<WorkflowInstance>> ListInstancesAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await ListWithLocalAsync<WorkflowInstance>(i => i.DefinitionId == definitionId && i.DefinitionVersion == version, cancellationToken);

    public void AddInstance(WorkflowInstance instance) => context.Add(instance);

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<Bookmark>().FindAsync([id], cancellationToken) is { } bookmark && context.Entry(bookmark).State != EntityState.Deleted ? bookmark : null;

    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid instanceId, CancellationToken cancellationToken) =>
        ListWithLocalAsync<Bookmark>(b => b.InstanceId == instanceId, cancellationToken);

    public Task<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string signalName, string? correlationKey, CancellationToken cancellationToken) =>
        ListWithLocalAsync<Bookmark>(b => b.Kind == BookmarkKind.Signal && b.SignalName == signalName && b.CorrelationKey == correlationKey, cancellationToken);

    public void AddBookmark(Bookmark bookmark) => context.Add(bookmark);

    public void RemoveBookmark(Bookmark bookmark) => context.Remove(bookmark);

    public async Task<WorkflowTimer?> FindTimerAsync(Guid bookmarkId, CancellationToken cancellationToken) =>
        await context.Set<WorkflowTimer>().FindAsync([bookmarkId], cancellationToken) is { } timer && context.Entry(timer).State != EntityState.Deleted ? timer : null;

    public async Task<IReadOnlyList<WorkflowTimer>> ListTimersAsync(CancellationToken cancellationToken) =>
        await context.Set<WorkflowTimer>().AsNoTracking().OrderBy(t => t.DueAt).ToListAsync(cancellationToken);

    public void AddTimer(WorkflowTimer timer) => context.Add(timer);

    public void RemoveTimer(WorkflowTimer timer) => context.Remove(timer);

    public async Task<HumanTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<HumanTask>().FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<HumanTask>> QueryTasksAsync(InboxQuery query, CancellationToken cancellationToken)
    {
        if (query.Assignee is not null || (query.Teams is not { Count: > 0 } && query.Roles is not { Count: > 0 }))
        {
            return await InboxFilter.Apply(context.Set<HumanTask>().AsNoTracking(), query).ToListAsync(cancellationToken);
        }

        // "My team's tasks": an OR over teams and roles, a list of statuses and "no due date last" match no index, so the
        // database sorted every candidate row. Instead, one query per status, team or role, and dated or not, each with
        // plain equalities and ordered the way its index (tenant, status, team or role, due date) is read; the pages
        // are merged here, a task offered to both a team and a role kept once.
        var page = query.Skip + query.Take;
        var parts = new List<HumanTask>();
        foreach (var status in query.Statuses ?? [HumanTaskStatus.Open, HumanTaskStatus.Claimed])
        {
            var candidates = (query.Teams ?? []).Select(team => Candidates(status).Where(t => t.CandidateTeam == team))
                .Concat((query.Roles ?? []).Select(role => Candidates(status).Where(t => t.CandidateRole == role)));
            foreach (var tasks in candidates)
            {
                parts.AddRange(await tasks.Where(t => t.DueAt != null).OrderBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
                    .Take(page).ToListAsync(cancellationToken));
                parts.AddRange(await tasks.Where(t => t.DueAt == null).OrderByDescending(t => t.Priority).ThenBy(t => t.Id)
                    .Take(page).ToListAsync(cancellationToken));
            }
        }

        return [.. InboxFilter.Apply(parts.DistinctBy(t => t.Id).AsQueryable(), query with { Teams = null, Roles = null })];

        IQueryable<HumanTask> Candidates(HumanTaskStatus status)
        {
            var tasks = context.Set<HumanTask>().AsNoTracking().Where(t => t.TenantId == query.TenantId && t.Status == status);
            if (query.CaseId is { } caseId)
            {
                tasks = tasks.Where(t => t.CaseId == caseId);
            }

            if (query.TaskType is { } taskType)
            {
                tasks = tasks.Where(t => t.TaskType == taskType);
            }

            return query.DueBefore is { } dueBefore ? tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore) : tasks;
        }
    }

    public void AddTask(HumanTask task) => context.Add(task);

    public async Task<IReadOnlyList<HumanTaskHistoryEntry>> ListTaskHistoryAsync(Guid taskId, CancellationToken cancellationToken) =>
        [.. (await ListWithLocalAsync<HumanTaskHistoryEntry>(h => h.TaskId == taskId, cancellationToken)).OrderBy(h => h.Revision)];

    public void AddTaskHistory(HumanTaskHistoryEntry entry) => context.Add(entry);

    public void AddJournalEntry(JournalEntry entry) => _journal.Add(entry);

    public async Task<IReadOnlyList<JournalEntry>> ListJournalAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var batches = await context.Set<JournalBatch>().AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.Position).ToListAsync(cancellationToken);
        return [.. batches.SelectMany(b => JournalBatchJson.Read(b).OrderBy(e => e.At).ThenBy(e => e.Sequence))];
    }

    public async Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<Incident>().FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<Incident>> ListOpenIncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken)
    {
        var stored = await IncidentQuery.Apply(context.Set<Incident>(), filter).ToListAsync(cancellationToken);
        var local = IncidentQuery.Apply(context.Set<Incident>().Local.AsQueryable(), filter);
        return [.. stored.Where(i => context.Entry(i).State != EntityState.Deleted && i.Status == IncidentStatus.Open).Union(local)];
    }

    public void AddIncident(Incident incident) => context.Add(incident);

    public void AddOutboxMessage(OutboxMessage message) => context.Add(message);

    public async Task<OutboxMessage?> FindOutboxMessageAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<OutboxMessage>().FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ListDueOutboxMessagesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        await context.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);

    public async Task<EngineBacklog> CountBacklogAsync(DateTimeOffset now, CancellationToken cancellationToken) => new(
        await context.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken),
        await context.Set<Incident>().CountAsync(i => i.Status == IncidentStatus.Open, cancellationToken),
        await context.Set<WorkflowTimer>().CountAsync(t => t.DueAt <= now, cancellationToken));

    public async Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await context.Set<StoredDefinition>().FindAsync([definitionId, version], cancellationToken);

    public Task<IReadOnlyList<StoredDefinition>> ListDefinitionsAsync(string definitionId, CancellationToken cancellationToken) =>
        ListWithLocalAsync<StoredDefinition>(d => d.DefinitionId == definitionId, cancellationToken);

    public void AddDefinition(StoredDefinition definition) => context.Add(definition);

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        // A commit that journals an instance checks and renews that instance's concurrency column even when it leaves
        // the row's other columns as they were (a bookmark dropped and another added, a fake clock): two bursts on one
        // instance are then always serialised by that column, as the journal's order and the runner rely on.
        var journaled = _journal.Select(e => e.InstanceId).ToHashSet();
        foreach (var entry in context.ChangeTracker.Entries<WorkflowInstance>())
        {
            if (entry.State == EntityState.Unchanged && journaled.Contains(entry.Entity.Id)
                && entry.Metadata.FindProperty(ConcurrencyVersion.PropertyName) is not null)
            {
                entry.Property(ConcurrencyVersion.PropertyName).IsModified = true;
            }
        }

        foreach (var lines in _journal.GroupBy(e => e.InstanceId))
        {
            context.Add(new JournalBatch { InstanceId = lines.Key, At = lines.Min(e => e.At), LinesJson = JournalBatchJson.Write(lines) });
        }

        // Now tracked as batches: a failed save is followed by DiscardChanges, which forgets them with the rest.
        _journal.Clear();
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is DbUpdateConcurrencyException)
        {
            // The host's context may wrap EF Core's exception in its own (naming the aggregate); both are a stale write.
            throw new WorkflowConcurrencyException("Another writer changed the workflow data since it was read; nothing was written.", ex);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Matches(ex))
        {
            throw new WorkflowConcurrencyException("Another writer recorded the same change first; nothing was written.", ex);
        }
    }

    public void DiscardChanges()
    {
        _journal.Clear();
        context.ChangeTracker.Clear();
    }

    /// <summary>Rows from the database merged with this scope's uncommitted additions, minus its uncommitted deletions.</summary>
    private async Task<IReadOnlyList<T>> ListWithLocalAsync<T>(Expression<Func<T, bool>> predicate, CancellationToken cancellationToken)
        where T : class
    {
        var stored = await context.Set<T>().Where(predicate).ToListAsync(cancellationToken);
        var compiled = predicate.Compile();
        return [.. stored.Where(e => context.Entry(e).State != EntityState.Deleted).Union(context.Set<T>().Local.Where(compiled))];
    }
}
