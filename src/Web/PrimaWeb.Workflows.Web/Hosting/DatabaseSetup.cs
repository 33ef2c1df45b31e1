using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The database chosen by configuration, scoped to the signed-in user's CPAS, migrated at start-up.</summary>
internal static class DatabaseSetup
{
    public static WebApplicationBuilder AddPrimaWebDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddPrimaWebData(builder.Configuration);
        builder.Services.AddScoped<ICurrentTenant, UserTenant>();
        return builder;
    }

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}
