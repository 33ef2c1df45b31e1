using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>What functional analysts read of the engine: activity descriptors and definitions.</summary>
internal sealed class WorkflowsFeature : IWebFeature
{
    public static void Map(WebApplication app) => app.MapWorkflowEndpoints();
}
