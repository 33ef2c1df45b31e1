namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The middleware every request goes through, in the one order that works: the original request as the reverse proxy
/// saw it, then the headers every answer carries and the cookie policy, then errors (a problem document under /api, the
/// error page elsewhere, in every environment: the developer page would show the request's headers and cookies), then
/// who the user is, then the cross-site refusal, then the language (it may come from the user's claims), the
/// antiforgery check of the forms, and last the JSON body read within the API's limits, once the endpoint may be called.
/// </summary>
internal static class RequestPipeline
{
    public static WebApplication UsePrimaWebPipeline(this WebApplication app)
    {
        if (NetworkFeature.HasProxies(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseCookiePolicy();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error" });

        // No HTTPS redirection here: the host listens on loopback http by default and TLS is terminated by the reverse
        // proxy in production; HSTS only answers requests that came over HTTPS.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePages(ApiFeature.WriteStatusCodeProblemAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.UseMiddleware<JsonBodyGuard>();
        return app;
    }
}
