using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Aggregates;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Engine.EFCore.Concurrency;

namespace PrimaWeb.Workflows.Data.Providers;

/// <summary>
/// Configures a context's options for one provider; shared by dependency injection, the design-time factories and
/// the tests, so that all three build the same model with the same interceptors.
/// </summary>
public static class PrimaWebDbContextOptions
{
    /// <summary>Uses the configured provider with the interceptors every context needs; <paramref name="time"/> (the system clock when null) stamps changes.</summary>
    public static DbContextOptionsBuilder UsePrimaWebDatabase(this DbContextOptionsBuilder builder, PrimaWebDatabaseSettings settings, TimeProvider? time = null)
    {
        _ = settings.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(settings.ConnectionString),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(settings.ConnectionString),
            DatabaseProvider.SqlServer => builder.UseSqlServer(settings.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
        };

        // Order matters: parts touch their root before the root is stamped and its version renewed.
        return builder.AddInterceptors(
            new TenantWriteGuard(),
            new AggregateVersionInterceptor(),
            new ChangeStampInterceptor(time ?? TimeProvider.System),
            new ConcurrencyVersionInterceptor());
    }

    /// <summary>Creates the provider's derived context directly (tests, tools, design time).</summary>
    public static PrimaWebDbContext CreateContext(PrimaWebDatabaseSettings settings, ICurrentTenant? tenant = null, TimeProvider? time = null) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePrimaWebDbContext(Build<SqlitePrimaWebDbContext>(settings, time), tenant),
        DatabaseProvider.PostgreSql => new PostgresPrimaWebDbContext(Build<PostgresPrimaWebDbContext>(settings, time), tenant),
        DatabaseProvider.SqlServer => new SqlServerPrimaWebDbContext(Build<SqlServerPrimaWebDbContext>(settings, time), tenant),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
    };

    private static DbContextOptions<TContext> Build<TContext>(PrimaWebDatabaseSettings settings, TimeProvider? time)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UsePrimaWebDatabase(settings, time);
        return builder.Options;
    }
}
