namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// One part of the host, registered in one place: the services it adds, what it must do once before the host starts
/// (migrate, import, seed), and the endpoints it maps. Its screens are Blazor pages found by their <c>@page</c> route.
/// Program.cs lists the features; <see cref="WebFeatures"/> runs their steps in that order.
/// </summary>
internal interface IWebFeature
{
    static virtual void Add(WebApplicationBuilder builder)
    {
    }

    static virtual Task PrepareAsync(WebApplication app) => Task.CompletedTask;

    static virtual void Map(WebApplication app)
    {
    }
}
