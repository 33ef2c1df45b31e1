using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using PrimaWeb.Workflows.Web.Localization;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The screens' language per request: the one the user chose in the application bar (the standard culture cookie),
/// else the user's <c>locale</c> claim, else the browser's languages (<c>Accept-Language</c>), else French. Signing in or out forgets the choice, so that it lasts one
/// session of one user.
/// </summary>
internal sealed class LanguageFeature : IWebFeature
{
    public const string LanguagePath = "/account/language";

    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(UiCultures.French)
                .AddSupportedCultures([.. UiCultures.All])
                .AddSupportedUICultures([.. UiCultures.All]);
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new LocaleClaimCultureProvider(),
                new AcceptLanguageCultureProvider(),
            ];
        });

        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            var signingIn = options.Events.OnSigningIn;
            options.Events.OnSigningIn = context =>
            {
                context.Response.Cookies.Delete(CookieRequestCultureProvider.DefaultCookieName);
                return signingIn(context);
            };
            var signingOut = options.Events.OnSigningOut;
            options.Events.OnSigningOut = context =>
            {
                context.Response.Cookies.Delete(CookieRequestCultureProvider.DefaultCookieName);
                return signingOut(context);
            };
        });
    }

    /// <summary>
    /// <c>GET /account/language?culture=nl-BE&amp;returnUrl=/cases</c>: remembers the choice and goes back. A GET, because
    /// an interactive page changes language by navigating (it cannot set a cookie itself); it only sets a preference.
    /// </summary>
    public static void Map(WebApplication app)
    {
        app.MapGet(LanguagePath, (string culture, string? returnUrl, HttpContext context) =>
        {
            if (!UiCultures.All.Contains(culture))
            {
                return Results.BadRequest($"Unsupported language '{culture}'.");
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });

            // Only local return URLs: a link must not use the switch to send a user elsewhere.
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
