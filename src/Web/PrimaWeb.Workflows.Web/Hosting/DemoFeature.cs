using PrimaWeb.Workflows.Web.Demo;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Demo mode (<c>Demo:Enabled</c>): the demo sign-in page and the demo CPAS, users' cases and persons, their requests
/// filed through the workflows (after the definitions are imported) and taken to their steps once the host runs.
/// </summary>
internal sealed class DemoFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddScoped<DemoSeeder>();

        // Started after the embedded simulator (registered before, by the federal services' feature): the demo's
        // requests call it.
        builder.Services.AddSingleton<DemoProgress>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DemoProgress>());
    }

    /// <summary>Seeds the demo data when demo mode is on; safe to run at every start.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
