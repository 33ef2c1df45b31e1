using Microsoft.AspNetCore.Components.Server.Circuits;
using MudBlazor.Services;
using PrimaWeb.Workflows.Web.Components;
using PrimaWeb.Workflows.Web.Components.Layout;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The shell of the screens: Blazor (interactive server) with MudBlazor, the Razor pages of the account (sign-in,
/// access denied, error) and the static assets. Each feature's pages come with it through their <c>@page</c> routes.
/// </summary>
internal sealed class UiFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddMudServices();

        builder.Services.AddScoped<CircuitPrincipal>();
        builder.Services.AddScoped<CircuitHandler, UserCircuitHandler>();
        builder.Services.AddScoped<UserScopes>();
        builder.Services.AddScoped<TenantNames>();
    }

    public static void Map(WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
