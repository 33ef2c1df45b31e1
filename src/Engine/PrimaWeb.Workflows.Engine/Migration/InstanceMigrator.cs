using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// Moves running instances to another version with an explicit activity mapping. The dry run lists every instance,
/// each move and each reason an instance cannot move; the real run moves the movable ones in one commit and journals it.
/// </summary>
public sealed class InstanceMigrator(IWorkflowStore store, DefinitionCatalog definitions, TimeProvider clock)
{
    /// <summary>What <see cref="MigrateAsync"/> would do; changes nothing.</summary>
    public async Task<MigrationReport> DryRunAsync(MigrationPlan plan, CancellationToken cancellationToken)
    {
        var (report, _) = await PlanAsync(plan, cancellationToken);
        store.DiscardChanges();
        return report;
    }

    /// <summary>
    /// Moves every movable instance in one transaction. When <paramref name="requireAll"/> is true, one blocked instance
    /// refuses the whole run (nothing moves).
    /// </summary>
    public async Task<MigrationReport> MigrateAsync(MigrationPlan plan, string? actor, bool requireAll, CancellationToken cancellationToken)
    {
        var (report, work) = await PlanAsync(plan, cancellationToken);
        if (report.Movable == 0 || (requireAll && report.Blocked > 0))
        {
            store.DiscardChanges();
            return report;
        }

        var now = clock.GetUtcNow();
        foreach (var (instance, bookmarks, map) in work)
        {
            foreach (var bookmark in bookmarks)
            {
                bookmark.ActivityId = map(bookmark.ActivityId);
                if (bookmark.TaskId is { } taskId && await store.FindTaskAsync(taskId, cancellationToken) is { } task)
                {
                    task.ActivityId = bookmark.ActivityId;
                }
            }

            var state = instance.State;
            state.Pending = [.. state.Pending.Select(t => new PendingToken(map(t.ActivityId), MapArrival(t.ArrivedFrom, map)))];
            state.JoinArrivals = state.JoinArrivals.ToDictionary(
                p => map(p.Key), p => (IList<string>)[.. p.Value.Select(a => MapArrival(a, map)!)], StringComparer.Ordinal);
            state.SkipOnce = state.SkipOnce.ToDictionary(p => map(p.Key), p => p.Value, StringComparer.Ordinal);
            instance.DefinitionVersion = plan.ToVersion;
            instance.UpdatedAt = now;
            instance.FlushState();
            store.AddJournalEntry(new JournalEntry
            {
                Id = Guid.NewGuid(),
                InstanceId = instance.Id,
                Kind = JournalEventKind.InstanceMigrated,
                Actor = actor,
                At = now,
                Message = $"v{plan.FromVersion} -> v{plan.ToVersion}: "
                    + string.Join(", ", report.Instances.First(i => i.InstanceId == instance.Id).Moves.Select(m => $"{m.From} -> {m.To}")),
            });
        }

        await store.SaveChangesAsync(cancellationToken);
        return report with { Applied = true };
    }

    private async Task<(MigrationReport Report, List<(WorkflowInstance, IReadOnlyList<Bookmark>, Func<string, string>)> Work)> PlanAsync(
        MigrationPlan plan, CancellationToken cancellationToken)
    {
        var target = await definitions.GetAsync(plan.DefinitionId, plan.ToVersion, cancellationToken);
        if (target.Status != DefinitionStatus.Published)
        {
            throw new DefinitionCatalogException(CatalogRefusal.WrongStatus, $"Instances can only move to a published version; v{plan.ToVersion} is {target.Status}.");
        }

        var source = await definitions.GetAsync(plan.DefinitionId, plan.FromVersion, cancellationToken);
        string Map(string id) => plan.ActivityMapping.TryGetValue(id, out var to) ? to : id;

        var results = new List<InstanceMigration>();
        var work = new List<(WorkflowInstance, IReadOnlyList<Bookmark>, Func<string, string>)>();
        var instances = (await store.ListInstancesAsync(plan.DefinitionId, plan.FromVersion, cancellationToken))
            .Where(i => IsRunning(i) && (plan.Instances is null || plan.Instances.Contains(i.Id)))
            .OrderBy(i => i.CreatedAt)
            .ToList();
        // One read for all, not one per instance: a dry run over 10,000 instances stays linear.
        var bookmarksOf = (await store.ListBookmarksAsync([.. instances.Select(i => i.Id)], cancellationToken)).ToLookup(b => b.InstanceId);
        foreach (var instance in instances)
        {
            IReadOnlyList<Bookmark> bookmarks = [.. bookmarksOf[instance.Id]];
            var positions = bookmarks.Select(b => b.ActivityId)
                .Concat(instance.State.Pending.Select(p => p.ActivityId))
                .Concat(instance.State.JoinArrivals.Keys)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var reasons = new List<string>();
            var refusals = new List<MigrationRefusal>();
            var moves = new List<ActivityMove>();
            foreach (var from in positions)
            {
                var to = Map(from);
                var old = source.FindActivity(from);
                var next = target.FindActivity(to);
                if (next is null)
                {
                    reasons.Add($"'{from}' maps to '{to}', which v{plan.ToVersion} does not have.");
                    refusals.Add(new MigrationRefusal(MigrationRefusalKind.TargetMissing, from, to));
                }
                else if (old is not null && (old.Type != next.Type || old.Version != next.Version))
                {
                    reasons.Add($"'{from}' is a {old.Type} v{old.Version} but '{to}' is a {next.Type} v{next.Version}: its wait cannot carry over.");
                    refusals.Add(new MigrationRefusal(MigrationRefusalKind.ActivityChanged, from, to));
                }
                else
                {
                    moves.Add(new ActivityMove(from, to));
                }
            }

            foreach (var (join, arrivals) in instance.State.JoinArrivals)
            {
                foreach (var arrival in arrivals)
                {
                    var mapped = MapArrival(arrival, Map)!;
                    if (!target.ConnectionsTo(Map(join)).Any(c => $"{c.From}:{c.Outcome}" == mapped))
                    {
                        reasons.Add($"Join '{join}' has an arrival from '{arrival}' that v{plan.ToVersion} does not connect to '{Map(join)}'.");
                        refusals.Add(new MigrationRefusal(MigrationRefusalKind.JoinNotConnected, arrival[..arrival.LastIndexOf(':')], Map(join)));
                    }
                }
            }

            var ok = reasons.Count == 0;
            results.Add(new InstanceMigration(instance.Id, ok, moves, reasons) { Refusals = refusals });
            if (ok)
            {
                work.Add((instance, bookmarks, Map));
            }
        }

        return (new MigrationReport(plan, false, results), work);
    }

    /// <summary>
    /// The running instances of a version with where each waits, to choose which to migrate (read only). Waiting positions
    /// are the activities of its bookmarks and pending tokens.
    /// </summary>
    public async Task<IReadOnlyList<MigrationCandidate>> ListCandidatesAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var candidates = new List<MigrationCandidate>();
        var instances = await store.ListInstancesAsync(definitionId, version, cancellationToken);
        foreach (var instance in instances.Where(IsRunning).OrderBy(i => i.CreatedAt))
        {
            var bookmarks = await store.ListBookmarksAsync(instance.Id, cancellationToken);
            var positions = bookmarks.Select(b => b.ActivityId).Concat(instance.State.Pending.Select(p => p.ActivityId))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            candidates.Add(new MigrationCandidate(instance.Id, instance.CorrelationKey, instance.TenantId, instance.CreatedAt, instance.Status, positions));
        }

        store.DiscardChanges();
        return candidates;
    }

    private static bool IsRunning(WorkflowInstance instance) => instance.Status is WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted;

    private static string? MapArrival(string? arrival, Func<string, string> map)
    {
        if (arrival is null)
        {
            return null;
        }

        var colon = arrival.LastIndexOf(':');
        return map(arrival[..colon]) + arrival[colon..];
    }
}
