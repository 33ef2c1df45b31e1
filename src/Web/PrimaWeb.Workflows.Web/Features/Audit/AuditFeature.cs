using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Audit;

/// <summary>Who consulted a person, and what a case consulted, at the federal services.</summary>
internal sealed class AuditFeature : IWebFeature
{
    public static void Map(WebApplication app) => app.MapAuditEndpoints();
}
