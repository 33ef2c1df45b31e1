namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The host's own protections, beside sign-in and roles: every cookie (session, antiforgery, language) <c>Secure</c>
/// whenever the request came over HTTPS (behind a reverse proxy, as <see cref="NetworkFeature"/> reads it), the
/// headers of every answer (<see cref="SecurityHeaders"/>) and the refusal of API requests sent from other sites
/// (<see cref="CrossSiteRequestGuard"/>). <see cref="RequestPipeline"/> places the middleware.
/// </summary>
internal sealed class SecurityFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) =>
        builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
}
