namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The middleware every request goes through, in the one order that works: errors first, then who the user is, then
/// the language (it may come from the user's claims), then the antiforgery check of the forms.
/// </summary>
internal static class RequestPipeline
{
    public static WebApplication UsePrimaWebPipeline(this WebApplication app)
    {
        // Developer exception page in Development; elsewhere a plain error and HSTS. No HTTPS redirection here: the
        // host listens on loopback http by default and TLS is terminated by the reverse proxy in production.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestLocalization();
        app.UseAntiforgery();
        return app;
    }
}
