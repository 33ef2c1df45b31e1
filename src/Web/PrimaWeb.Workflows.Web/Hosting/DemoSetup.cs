using PrimaWeb.Workflows.Web.Demo;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>Demo mode (<c>Demo:Enabled</c>): the demo sign-in page and the demo CPAS, users' cases and persons.</summary>
internal static class DemoSetup
{
    public static WebApplicationBuilder AddPrimaWebDemo(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }

    /// <summary>Seeds the demo data when demo mode is on; safe to run at every start.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
