namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>The case screens' services.</summary>
internal static class CaseScreensSetup
{
    public static IServiceCollection AddCaseScreens(this IServiceCollection services) => services.AddScoped<CaseQueries>();
}
