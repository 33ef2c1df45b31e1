using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Audit;

/// <summary>Who consulted a person at the federal services, and who read a person's record or a case file of the CPAS.</summary>
internal sealed class AuditFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) => builder.Services.AddScoped<AccessAudit>();

    public static void Map(WebApplication app) => app.MapAuditEndpoints();
}
