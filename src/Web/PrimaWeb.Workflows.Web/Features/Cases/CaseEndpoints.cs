using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>The cases REST API (<c>/api/cases</c>); answers 401, never a sign-in page, to an anonymous client.</summary>
internal static class CaseEndpoints
{
    public static WebApplication MapCaseEndpoints(this WebApplication app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(Policies.CpasUser);
        cases.MapGet("/", (CaseList list, CancellationToken cancellationToken) => list.LoadAsync(cancellationToken))
            .WithName("ListCases")
            .WithSummary("The cases of the signed-in user's CPAS.");
        return app;
    }

    public static IServiceCollection AddCaseFeatures(this IServiceCollection services) => services.AddScoped<CaseList>();
}
