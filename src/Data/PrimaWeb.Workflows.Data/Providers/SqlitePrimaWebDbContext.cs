using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Conversions;
using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Data.Providers;

/// <summary>The model on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqlitePrimaWebDbContext(DbContextOptions<SqlitePrimaWebDbContext> options, ICurrentTenant? tenant = null)
    : PrimaWebDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset; fixed-width UTC text can (see the converter).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantToTextConverter>();
    }
}
