using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Domain.CaseFiles;

namespace PrimaWeb.Workflows.Data;

/// <summary>The data layer's dependency-injection entry point.</summary>
public static class PrimaWebDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PrimaWebDbContext"/> (scoped) on the provider named by <c>Database:Provider</c> with the
    /// connection string <c>ConnectionStrings:PrimaWeb</c>. The host registers an <see cref="Tenancy.ICurrentTenant"/>
    /// so that the context sees only the current user's CPAS.
    /// </summary>
    public static IServiceCollection AddPrimaWebData(this IServiceCollection services, IConfiguration configuration)
    {
        // Read lazily: a test host may override configuration after this call.
        services.AddSingleton(_ => PrimaWebDatabaseSettings.From(configuration));

        services.AddDbContext<SqlitePrimaWebDbContext>(Configure);
        services.AddDbContext<PostgresPrimaWebDbContext>(Configure);
        services.AddDbContext<SqlServerPrimaWebDbContext>(Configure);
        services.AddScoped<PrimaWebDbContext>(provider => provider.GetRequiredService<PrimaWebDatabaseSettings>().Provider switch
        {
            DatabaseProvider.Sqlite => provider.GetRequiredService<SqlitePrimaWebDbContext>(),
            DatabaseProvider.PostgreSql => provider.GetRequiredService<PostgresPrimaWebDbContext>(),
            DatabaseProvider.SqlServer => provider.GetRequiredService<SqlServerPrimaWebDbContext>(),
            var other => throw new InvalidOperationException($"Unknown database provider {other}."),
        });
        services.AddScoped<DatabaseMigrator>();

        // The case file on the same scoped unit of work, so that workflow steps' changes commit with the burst.
        services.AddScoped<ICaseFileStore, EfCaseFileStore>();
        services.AddScoped<ISppIsFormQueue, EfSppIsFormQueue>();
        services.AddScoped<IRunningGrants, EfRunningGrants>();
        services.AddScoped<ICaseFileUnitOfWork, EfCaseFileUnitOfWork>();
        services.AddScoped<CaseFileQueries>();
        return services;
    }

    private static void Configure(IServiceProvider provider, DbContextOptionsBuilder options) =>
        options.UsePrimaWebDatabase(provider.GetRequiredService<PrimaWebDatabaseSettings>(), provider.GetService<TimeProvider>());
}
