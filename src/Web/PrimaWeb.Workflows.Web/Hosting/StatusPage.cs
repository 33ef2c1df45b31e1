using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The page of an empty error answer outside the API (an unknown address, a refused dashboard …): a short page in the
/// reader's language (the request's culture) with the way home, instead of the framework's "Status Code: 404" line.
/// The status code stays; the page runs no script.
/// </summary>
internal static class StatusPage
{
    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.GetCultureInfo("fr-BE");
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
            var code = http.Response.StatusCode;
            var (testId, title, sentence) = code == StatusCodes.Status404NotFound
                ? ("not-found", text["NotFoundTitle"].Value, text["NotFoundText"].Value)
                : ("error-page", text["ErrorPageTitle"].Value, text["ErrorPageText", code].Value);
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"""
                <!DOCTYPE html>
                <html lang="{culture.TwoLetterISOLanguageName}">
                <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} · PrimaWeb</title><link rel="stylesheet" href="/app.css"></head>
                <body><main data-testid="{testId}"><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(sentence)}</p>
                <p><a href="/">{WebUtility.HtmlEncode(text["BackHome"].Value)}</a></p></main></body>
                </html>
                """);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
