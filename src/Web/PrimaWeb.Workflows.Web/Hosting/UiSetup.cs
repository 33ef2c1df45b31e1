using Microsoft.AspNetCore.Components.Server.Circuits;
using MudBlazor.Services;
using PrimaWeb.Workflows.Web.Components;
using PrimaWeb.Workflows.Web.Components.Layout;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Features.Tasks;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The Blazor (interactive server) screens with MudBlazor, in the user's language.</summary>
internal static class UiSetup
{
    public static WebApplicationBuilder AddPrimaWebUi(this WebApplicationBuilder builder)
    {
        builder.AddPrimaWebLocalization();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddMudServices();

        builder.Services.AddScoped<CircuitPrincipal>();
        builder.Services.AddScoped<CircuitHandler, UserCircuitHandler>();
        builder.Services.AddScoped<UserScopes>();
        builder.Services.AddScoped<TenantNames>();

        builder.Services.AddCaseScreens();
        builder.Services.AddTasks();
        return builder;
    }

    /// <summary>After authentication: the language may come from the user's claims.</summary>
    public static WebApplication UsePrimaWebUi(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPrimaWebUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapLanguageSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
