using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The database chosen by configuration, scoped to the signed-in user's CPAS, migrated before the host starts.</summary>
internal sealed class DatabaseFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        // One clock for the whole host; tests replace it with a fake one.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPrimaWebData(builder.Configuration);
        builder.Services.AddScoped<ICurrentTenant, UserTenant>();
    }

    public static async Task PrepareAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}
