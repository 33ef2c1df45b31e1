namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The features of the host in the order Program.cs adds them: <see cref="AddFeature{TFeature}"/> registers a
/// feature's services at once and remembers its preparation and mapping, which <see cref="PrepareFeaturesAsync"/> and
/// <see cref="MapFeatures"/> run in the same order, so a feature is listed once.
/// </summary>
internal sealed class WebFeatures
{
    private readonly List<(Func<WebApplication, Task> Prepare, Action<WebApplication> Map)> _features = [];

    private WebFeatures()
    {
    }

    private static WebFeatures Of(IServiceCollection services) =>
        services.FirstOrDefault(d => d.ServiceType == typeof(WebFeatures))?.ImplementationInstance as WebFeatures
        ?? Register(services);

    private static WebFeatures Register(IServiceCollection services)
    {
        var features = new WebFeatures();
        services.AddSingleton(features);
        return features;
    }

    /// <summary>Adds <typeparamref name="TFeature"/>'s services now; its preparation and mapping run later, in list order.</summary>
    public static WebApplicationBuilder AddFeature<TFeature>(WebApplicationBuilder builder)
        where TFeature : IWebFeature
    {
        TFeature.Add(builder);
        Of(builder.Services)._features.Add((TFeature.PrepareAsync, TFeature.Map));
        return builder;
    }

    /// <summary>Runs each feature's preparation (database migration, definition import, demo seed …) before the host starts.</summary>
    public static async Task PrepareFeaturesAsync(WebApplication app)
    {
        foreach (var (prepare, _) in app.Services.GetRequiredService<WebFeatures>()._features)
        {
            await prepare(app);
        }
    }

    public static void MapFeatures(WebApplication app)
    {
        foreach (var (_, map) in app.Services.GetRequiredService<WebFeatures>()._features)
        {
            map(app);
        }
    }
}
