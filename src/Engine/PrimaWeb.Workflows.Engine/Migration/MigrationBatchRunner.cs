using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// Stores a migration as a batch (the plan, one item per chosen instance, the audit) and moves its instances one commit
/// at a time: each instance moves in the same commit as its item's result, so a batch stopped anywhere (a restart, a
/// crash) resumes from its first pending item and never moves an instance twice.
/// </summary>
public sealed class MigrationBatchRunner(IWorkflowStore store, InstanceMigrator migrator, IMigrationBatchScheduler scheduler, TimeProvider clock)
{
    /// <summary>Stores the batch for the plan's instances (all running ones when the plan names none) and enqueues it.</summary>
    public async Task<MigrationBatch> StartAsync(MigrationPlan plan, string? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);

        // The dry run checks the target (published) and picks the instances, in the order the batch will take them.
        var report = await migrator.DryRunAsync(plan, cancellationToken);
        var batch = new MigrationBatch
        {
            Id = Guid.NewGuid(),
            DefinitionId = plan.DefinitionId,
            FromVersion = plan.FromVersion,
            ToVersion = plan.ToVersion,
            Mapping = MigrationBatch.MappingText(plan.ActivityMapping),
            Status = MigrationBatchStatus.Pending,
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow(),
            Total = report.Instances.Count,
        };
        store.AddMigrationBatch(batch);
        for (var i = 0; i < report.Instances.Count; i++)
        {
            store.AddMigrationBatchItem(new MigrationBatchItem { BatchId = batch.Id, InstanceId = report.Instances[i].InstanceId, Position = i });
        }

        store.AddDefinitionEvent(new DefinitionEvent
        {
            Id = Guid.NewGuid(),
            DefinitionId = plan.DefinitionId,
            Version = plan.ToVersion,
            Kind = DefinitionEventKind.MigrationStarted,
            Actor = actor,
            At = batch.CreatedAt,
            Detail = $"batch {batch.Id}: {report.Instances.Count} instance(s) of v{plan.FromVersion} to v{plan.ToVersion}"
                + (plan.ActivityMapping.Count == 0 ? "" : "; " + string.Join(", ", plan.ActivityMapping.Select(m => $"{m.Key} -> {m.Value}"))),
        });
        await store.SaveChangesAsync(cancellationToken);
        await scheduler.EnqueueAsync(batch.Id, cancellationToken);
        return batch;
    }

    /// <summary>
    /// Moves the batch's next pending instance (or records why it cannot move). Returns false when none was left, after
    /// marking the batch finished. Call it in a fresh scope per item.
    /// </summary>
    public async Task<bool> RunNextAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await store.FindMigrationBatchAsync(batchId, cancellationToken)
            ?? throw new InvalidOperationException($"No migration batch {batchId}.");
        if (batch.Status == MigrationBatchStatus.Finished)
        {
            return false;
        }

        var item = await store.FindNextPendingMigrationItemAsync(batchId, cancellationToken);
        if (item is null)
        {
            batch.Status = MigrationBatchStatus.Finished;
            batch.FinishedAt = clock.GetUtcNow();
            store.AddDefinitionEvent(new DefinitionEvent
            {
                Id = Guid.NewGuid(),
                DefinitionId = batch.DefinitionId,
                Version = batch.ToVersion,
                Kind = DefinitionEventKind.MigrationFinished,
                Actor = batch.CreatedBy,
                At = batch.FinishedAt.Value,
                Detail = $"batch {batch.Id}",
            });
            await store.SaveChangesAsync(cancellationToken);
            return false;
        }

        var plan = new MigrationPlan(batch.DefinitionId, batch.FromVersion, batch.ToVersion, batch.ActivityMapping())
        {
            Instances = new HashSet<Guid> { item.InstanceId },
        };
        var instanceId = item.InstanceId;

        // The dry run forgets what this scope tracked; the batch and the item are read again before they change.
        var dryRun = await migrator.DryRunAsync(plan, cancellationToken);
        var verdict = dryRun.Instances.SingleOrDefault();
        item = await store.FindNextPendingMigrationItemAsync(batchId, cancellationToken);
        batch = await store.FindMigrationBatchAsync(batchId, cancellationToken);
        if (item is null || item.InstanceId != instanceId || batch is null)
        {
            return true;
        }

        batch.Status = MigrationBatchStatus.Running;
        item.At = clock.GetUtcNow();
        if (verdict is { CanMigrate: true })
        {
            item.Status = MigrationItemStatus.Moved;
            item.Detail = string.Join(", ", verdict.Moves.Select(m => m.From == m.To ? m.From : $"{m.From} -> {m.To}"));
            var report = await migrator.MigrateAsync(plan, batch.CreatedBy, requireAll: true, cancellationToken);
            if (report.Applied)
            {
                return true;
            }

            // The instance changed between the check and the move: read the item again and record the refusal.
            verdict = report.Instances.SingleOrDefault();
            item = await store.FindNextPendingMigrationItemAsync(batchId, cancellationToken);
            if (item is null || item.InstanceId != instanceId)
            {
                return true;
            }

            item.At = clock.GetUtcNow();
        }

        item.Status = MigrationItemStatus.Refused;
        item.Detail = verdict is null ? "The instance is no longer running on this version." : string.Join(" ", verdict.Reasons);
        await store.SaveChangesAsync(cancellationToken);
        return true;
    }
}
