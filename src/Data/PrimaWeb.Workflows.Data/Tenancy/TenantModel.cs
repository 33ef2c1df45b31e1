using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Data.Tenancy;

/// <summary>
/// Marks entities as owned by a tenant and filters every query on them to the context's current tenant
/// (docs/adr/0003-tenant-isolation.md). A configuration only calls <see cref="IsTenantOwned{TEntity}"/>; the filter
/// is added centrally, so no query can forget it.
/// </summary>
public static class TenantModel
{
    /// <summary>The name of the tenant column on every tenant-owned entity.</summary>
    public const string TenantIdProperty = "TenantId";

    /// <summary>Longest tenant code (the domain's rule); the column is sized to it.</summary>
    public const int TenantIdMaxLength = 40;

    internal const string OwnedAnnotation = "PrimaWeb:TenantOwned";

    internal const string ExemptionAnnotation = "PrimaWeb:TenantFilterExemption";

    /// <summary>
    /// Declares the entity tenant-owned: a required <c>TenantId</c> column referencing the tenant, and the tenant
    /// filter. Its indexes should start with <c>TenantId</c> (every query filters on it).
    /// </summary>
    public static EntityTypeBuilder<TEntity> IsTenantOwned<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        builder.Property<string>(TenantIdProperty).IsRequired().HasMaxLength(TenantIdMaxLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(TenantIdProperty).OnDelete(DeleteBehavior.Restrict);
        builder.HasAnnotation(OwnedAnnotation, true);
        return builder;
    }

    public static bool IsTenantOwned(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(OwnedAnnotation)?.Value is true;

    /// <summary>
    /// Declares that an entity has a tenant column but no tenant filter, and why: e.g. the workflow engine's tables,
    /// which its runner and Hangfire jobs read for every CPAS and whose queries name the tenant themselves.
    /// A test requires every entity with a <c>TenantId</c> to be either tenant-owned or exempted this way.
    /// </summary>
    public static EntityTypeBuilder ExemptFromTenantFilter(this EntityTypeBuilder builder, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        builder.HasAnnotation(ExemptionAnnotation, reason);
        return builder;
    }

    /// <summary>The reason given to <see cref="ExemptFromTenantFilter"/>, or null.</summary>
    public static string? TenantFilterExemption(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(ExemptionAnnotation)?.Value as string;

    /// <summary>Adds <c>row.TenantId == context.CurrentTenantId</c> to every tenant-owned entity.</summary>
    internal static void ApplyTenantFilters(ModelBuilder modelBuilder, PrimaWebDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(type => type.IsTenantOwned()))
        {
            // Built as the compiler would build `row => row.TenantId == this.CurrentTenantId`: EF Core sees the
            // context constant and reads the property from the context running each query, not this one.
            var row = Expression.Parameter(entityType.ClrType, "row");
            var column = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], row, Expression.Constant(TenantIdProperty));
            var current = Expression.Property(Expression.Constant(context, typeof(PrimaWebDbContext)), nameof(PrimaWebDbContext.CurrentTenantId));
            var filter = Expression.Lambda(Expression.Equal(column, current), row);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }
}
