using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PrimaWeb.Workflows.Data.Aggregates;

/// <summary>
/// When an aggregate was created and last changed, as UTC instants in shadow columns (the domain has no use for
/// them; lists, dashboards and support do). Set by <see cref="ChangeStampInterceptor"/>.
/// </summary>
public static class ChangeStamps
{
    public const string CreatedAt = "CreatedAt";

    public const string UpdatedAt = "UpdatedAt";

    public static EntityTypeBuilder<TEntity> HasChangeStamps<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        builder.Property<DateTimeOffset>(CreatedAt);
        builder.Property<DateTimeOffset>(UpdatedAt);
        return builder;
    }
}
