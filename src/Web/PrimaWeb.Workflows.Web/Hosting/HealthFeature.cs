using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary><c>/health</c>: the process answers and the database is reachable. Anonymous, for load balancers.</summary>
internal sealed class HealthFeature : IWebFeature
{
    public const string Path = "/health";

    public static void Add(WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddDbContextCheck<PrimaWebDbContext>("database");

    public static void Map(WebApplication app) => app.MapHealthChecks(Path).AllowAnonymous();
}
