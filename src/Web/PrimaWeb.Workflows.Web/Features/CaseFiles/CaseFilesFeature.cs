using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.CaseFiles;

/// <summary>The case file: what the workflows recorded in a case, and its letters.</summary>
internal sealed class CaseFilesFeature : IWebFeature
{
    public static void Map(WebApplication app) => app.MapCaseFileEndpoints();
}
