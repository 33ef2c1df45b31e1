namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The verbs Program.cs reads: add a feature, prepare them all, map them all.</summary>
internal static class WebFeatureExtensions
{
    public static WebApplicationBuilder AddFeature<TFeature>(this WebApplicationBuilder builder)
        where TFeature : IWebFeature => WebFeatures.AddFeature<TFeature>(builder);

    public static Task PrepareFeaturesAsync(this WebApplication app) => WebFeatures.PrepareFeaturesAsync(app);

    public static WebApplication MapFeatures(this WebApplication app)
    {
        WebFeatures.MapFeatures(app);
        return app;
    }
}
