using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace PrimaWeb.Workflows.Web.Localization;

/// <summary>
/// The culture of an answer written outside the localization middleware's reach: the status-code pages (401 and 403
/// come from authorization, which runs before it) and the exception handler (whose culture is gone with the exception).
/// </summary>
internal static class AnswerCulture
{
    /// <summary>Sets the current cultures to the request's: the middleware's choice when it ran, else the same providers' choice.</summary>
    public static void Apply(HttpContext httpContext)
    {
        var culture = httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture ?? Determine(httpContext);
        CultureInfo.CurrentCulture = culture.Culture;
        CultureInfo.CurrentUICulture = culture.UICulture;
    }

    private static RequestCulture Determine(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;
        foreach (var provider in options.RequestCultureProviders)
        {
            // Ours read a cookie, a claim or a header: their tasks are complete when returned.
            var result = provider.DetermineProviderCultureResult(httpContext).GetAwaiter().GetResult();
            var name = result?.UICultures.Select(c => c.Value).FirstOrDefault(c => c is not null && UiCultures.All.Contains(c));
            if (name is not null)
            {
                return new RequestCulture(name);
            }
        }

        return options.DefaultRequestCulture;
    }
}
