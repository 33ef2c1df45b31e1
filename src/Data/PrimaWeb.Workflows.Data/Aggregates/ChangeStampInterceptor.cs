using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrimaWeb.Workflows.Data.Aggregates;

/// <summary>
/// Stamps <see cref="ChangeStamps.CreatedAt"/> on added and <see cref="ChangeStamps.UpdatedAt"/> on added or
/// modified aggregates, in UTC from the injected clock. Registered after <see cref="AggregateVersionInterceptor"/>,
/// so a change to a part of an aggregate stamps its root.
/// </summary>
public sealed class ChangeStampInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Metadata.FindProperty(ChangeStamps.UpdatedAt) is null)
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                entry.Property(ChangeStamps.CreatedAt).CurrentValue = now;
            }

            entry.Property(ChangeStamps.UpdatedAt).CurrentValue = now;
        }
    }
}
