using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Incidents;

/// <summary>The administrators' incidents of the engine: the list, retry, skip and cancel, on <c>/incidents</c> and <c>/api/incidents</c>.</summary>
internal sealed class IncidentsFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) => builder.Services.AddScoped<OperatorIncidents>();

    public static void Map(WebApplication app) => app.MapIncidentEndpoints();
}
