using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Refuses an API request that a browser sent on behalf of another site: a link, form, image or script there must not
/// make a signed-in user look someone up in the National Register, open a case or read a file, with their cookie.
/// The browser says where a request comes from (Fetch Metadata <c>Sec-Fetch-Site</c>, and <c>Origin</c> on writes);
/// only the application itself (<c>same-origin</c>) or the user typing the address (<c>none</c>) may call. Clients that
/// are not browsers send neither header and are not concerned. The whole API is covered, not only the endpoints that
/// call a federal register today: none of it is meant to be called from elsewhere.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!ApiFeature.IsApi(request) || (FromThisSite(request.Headers["Sec-Fetch-Site"]) && SameHost(request)))
        {
            return next(context);
        }

        AnswerCulture.Apply(context);
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
        return TypedResults.Problem(detail: text["Problem_CrossSite"], statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    // No header: not a browser, or one too old to send it (then Origin still speaks for the writes).
    private static bool FromThisSite(string? site) => site is null or "" or "same-origin" or "none";

    /// <summary>
    /// An Origin, when sent, names this host (and port, when the request names one); <c>null</c> (a sandboxed or
    /// privacy-redirected page) is refused. The scheme is not compared: behind a TLS proxy without forwarded headers the
    /// request reads http while the page was https.
    /// </summary>
    private static bool SameHost(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && (request.Host.Port is not { } port || uri.Port == port);
    }
}
