using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrimaWeb.Workflows.Data.Tenancy;

/// <summary>
/// Refuses, before anything is sent to the database, a save that would add, change or delete a row of another
/// tenant than the context's current one, or move a row to another tenant. Without a current tenant (system code)
/// writes are not restricted.
/// </summary>
public sealed class TenantWriteGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is not PrimaWebDbContext { TenantScope.TenantId: { } tenant })
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !entry.Metadata.IsTenantOwned())
            {
                continue;
            }

            var property = entry.Property(TenantModel.TenantIdProperty);
            var owner = entry.State == EntityState.Added ? property.CurrentValue as string : property.OriginalValue as string;
            if (owner != tenant || (entry.State == EntityState.Modified && property.CurrentValue as string != owner))
            {
                throw new TenantMismatchException(entry.Metadata.ClrType.Name, tenant, property.CurrentValue as string);
            }
        }
    }
}
