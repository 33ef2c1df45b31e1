using Microsoft.AspNetCore.OpenApi;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>
/// Loads the legal reference data (definitions/reference/*.json, copied beside the application) at start-up and
/// registers it; invalid data stops the start with every problem listed. <c>Calculations:ReferenceDataPath</c>
/// points to another folder.
/// </summary>
internal sealed class CalculationsFeature : IWebFeature
{
    public const string ReferenceDataPathKey = "Calculations:ReferenceDataPath";

    public static void Add(WebApplicationBuilder builder)
    {
        var folder = builder.Configuration[ReferenceDataPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "definitions", "reference");
        builder.Services.AddSingleton(LoadReferenceData(folder));
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddSchemaTransformer(CalculationJson.DescribeWordEnums));
    }

    public static void Map(WebApplication app)
    {
        app.MapCalculationEndpoints();
        app.MapReferenceDataEndpoints();
    }

    /// <exception cref="ReferenceDataException">A file is invalid or a table is missing.</exception>
    public static CalculationReferenceData LoadReferenceData(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The reference data folder '{folder}' does not exist (setting {ReferenceDataPathKey}).");
        }

        return CalculationReferenceData.LoadFolder(folder);
    }
}
