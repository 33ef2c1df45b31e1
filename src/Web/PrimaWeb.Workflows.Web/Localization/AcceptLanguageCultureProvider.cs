using Microsoft.AspNetCore.Localization;

namespace PrimaWeb.Workflows.Web.Localization;

/// <summary>
/// The browser's languages (<c>Accept-Language</c>), by preference, mapped to ours (<c>nl</c> or <c>nl-NL</c> is
/// Dutch as written in Belgium): how the sign-in page speaks to someone not yet signed in who never chose.
/// </summary>
internal sealed class AcceptLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage ?? [];
        var culture = languages
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => UiCultures.FromLocale(language.Value.Value))
            .FirstOrDefault(found => found is not null);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
