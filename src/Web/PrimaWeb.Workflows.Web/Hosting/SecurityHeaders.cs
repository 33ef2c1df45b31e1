using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The headers every answer carries, whatever produced it (a page, the API, a letter, the Hangfire dashboard, an error):
/// no MIME sniffing, no referrer to other sites, never inside another site's frame, and <c>no-store</c> on everything
/// but the static files, since pages and API answers carry personal data. The screens get a Content-Security-Policy that
/// Blazor Server and MudBlazor work under: scripts only from the application (plus the import map, by a per-request
/// nonce), styles from the application and inline (MudBlazor writes its theme and positions inline), the circuit's
/// WebSocket to the same origin. API answers (JSON, a letter's HTML) get a policy that runs nothing at all.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IConfiguration configuration)
{
    private const string NonceKey = "PrimaWeb.CspNonce";

    private readonly string _formTargets = FormTargets(configuration);

    /// <summary>The nonce the page's inline import map must carry, as the policy of this answer names it.</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;

    public Task InvokeAsync(HttpContext context)
    {
        // Hexadecimal: the page writes it in an attribute as is (base64's '+' would be HTML-encoded there).
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;

        // The path as requested: an error page re-executed for it must not change what the answer is.
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            Apply(context.Response, path, nonce);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Apply(HttpResponse response, PathString path, string nonce)
    {
        var api = path.StartsWithSegments(ApiFeature.PathPrefix);
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = Policy(path, api, nonce);

        // Static files say how long they keep (fingerprinted ones for a year); everything else is personal or per user.
        if (api || StringValues.IsNullOrEmpty(headers.CacheControl) || IsHtml(response))
        {
            headers.CacheControl = "no-store";
        }
    }

    private string Policy(PathString path, bool api, string nonce)
    {
        if (api)
        {
            // JSON and rendered letters: nothing to run, nothing to load but the letter's own inline styles and images.
            return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";
        }

        if (path.StartsWithSegments(WorkflowEngineFeature.DashboardPath) || path.StartsWithSegments("/scalar"))
        {
            // Third-party screens with their own inline scripts: only kept out of frames.
            return "frame-ancestors 'none'";
        }

        return $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + $"font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action {_formTargets}; frame-ancestors 'none'";
    }

    private static bool IsHtml(HttpResponse response) =>
        response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    // Forms post to the application; signing out with OpenID Connect goes on to the provider.
    private static string FormTargets(IConfiguration configuration) =>
        Uri.TryCreate(configuration[$"{AuthenticationFeature.OidcSection}:Authority"], UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
}
