namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Developer exception page in Development; elsewhere a plain error and HSTS. No HTTPS redirection here: the host
/// listens on loopback http by default and TLS is terminated by the reverse proxy in production.
/// </summary>
internal static class ErrorHandlingSetup
{
    public static WebApplication UsePrimaWebErrorHandling(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePages();
        return app;
    }
}
