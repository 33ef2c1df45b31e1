using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrimaWeb.Workflows.Engine.EFCore.Concurrency;

/// <summary>
/// Renews the <see cref="ConcurrencyVersion"/> column of every added or modified entity before it is saved, so that
/// an update built on a stale read matches no row and EF Core raises <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public sealed class ConcurrencyVersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Renew(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Renew(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Renew(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified
                && entry.Metadata.FindProperty(ConcurrencyVersion.PropertyName) is not null)
            {
                entry.Property(ConcurrencyVersion.PropertyName).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
