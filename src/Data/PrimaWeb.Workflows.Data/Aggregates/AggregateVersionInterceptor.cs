using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Aggregates;

/// <summary>
/// Makes a change to any part of an aggregate a change of its root. The parts of an aggregate (household members
/// of a case, lines of an integration register …) are owned entities without a concurrency column of their own;
/// when one is added, changed or removed, the root's <see cref="ConcurrencyVersion"/> is renewed, so the root's
/// row is updated with a version check and a stale writer of any part of the aggregate gets a conflict.
/// Registered before <see cref="ConcurrencyVersionInterceptor"/>.
/// </summary>
public sealed class AggregateVersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        TouchRoots(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        TouchRoots(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void TouchRoots(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries().ToList();
        var changedParts = entries.Where(entry => entry.Metadata.IsOwned() && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        foreach (var part in changedParts)
        {
            var root = FindRoot(part, entries);
            if (root is { State: EntityState.Unchanged or EntityState.Modified } && root.Metadata.FindProperty(ConcurrencyVersion.PropertyName) is not null)
            {
                root.Property(ConcurrencyVersion.PropertyName).CurrentValue = Guid.NewGuid();
            }
        }
    }

    private static EntityEntry? FindRoot(EntityEntry part, List<EntityEntry> entries)
    {
        var current = part;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var owner = FindOwner(current, ownership, entries);
            if (owner is null)
            {
                return null;
            }

            current = owner;
        }

        return current;
    }

    // Matches the part's foreign key (original values, so that a deleted part still finds its owner) to the owner's key.
    private static EntityEntry? FindOwner(EntityEntry part, IForeignKey ownership, List<EntityEntry> entries)
    {
        var foreignKey = ownership.Properties.Select(property => part.Property(property.Name).OriginalValue).ToArray();
        return entries.FirstOrDefault(candidate =>
            candidate.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(property => candidate.Property(property.Name).CurrentValue).SequenceEqual(foreignKey));
    }
}
