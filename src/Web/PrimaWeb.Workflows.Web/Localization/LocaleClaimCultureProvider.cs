using Microsoft.AspNetCore.Localization;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Localization;

/// <summary>The language the identity provider gives the user (the <c>locale</c> claim); runs after authentication.</summary>
internal sealed class LocaleClaimCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = UiCultures.FromLocale(httpContext.User.FindFirst(PrimaWebClaimTypes.Locale)?.Value);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
