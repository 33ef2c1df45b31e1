using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PrimaWeb.Workflows.Engine.EFCore.Concurrency;

/// <summary>
/// Optimistic concurrency that behaves the same on SQLite, PostgreSQL and SQL Server: a <see cref="Guid"/> shadow
/// column, marked as a concurrency token, renewed by <see cref="ConcurrencyVersionInterceptor"/> on every save.
/// A shadow property keeps the domain types free of persistence concerns.
/// </summary>
public static class ConcurrencyVersion
{
    public const string PropertyName = "ConcurrencyVersion";

    /// <summary>Adds the concurrency column to an entity (an aggregate root or any row updated concurrently).</summary>
    public static EntityTypeBuilder<TEntity> HasConcurrencyVersion<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        builder.Property<Guid>(PropertyName).IsConcurrencyToken();
        return builder;
    }
}
