using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary><c>/health</c>: the process answers and the database is reachable. Anonymous, for load balancers.</summary>
internal static class HealthSetup
{
    public const string Path = "/health";

    public static WebApplicationBuilder AddPrimaWebHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<PrimaWebDbContext>("database");
        return builder;
    }

    public static WebApplication MapPrimaWebHealth(this WebApplication app)
    {
        app.MapHealthChecks(Path).AllowAnonymous();
        return app;
    }
}
