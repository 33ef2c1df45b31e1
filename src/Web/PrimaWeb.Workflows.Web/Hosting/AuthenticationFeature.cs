using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// Cookie sessions for every user; OpenID Connect as the way in when <c>Authentication:Oidc:Authority</c> is set
/// (production), otherwise the demo sign-in page (when <c>Demo:Enabled</c>). Roles become policies here.
/// </summary>
internal sealed class AuthenticationFeature : IWebFeature
{
    public const string OidcSection = "Authentication:Oidc";

    public static void Add(WebApplicationBuilder builder)
    {
        var oidc = builder.Configuration.GetSection(OidcSection);
        var useOidc = !string.IsNullOrWhiteSpace(oidc["Authority"]);

        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = useOidc ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        });

        authentication.AddCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "primaweb.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // An API client gets a status code, not an HTML sign-in page.
            options.Events.OnRedirectToLogin = context => RejectApiOr(context.Response, StatusCodes.Status401Unauthorized, () => context.Response.Redirect(context.RedirectUri));
            options.Events.OnRedirectToAccessDenied = context => RejectApiOr(context.Response, StatusCodes.Status403Forbidden, () => context.Response.Redirect(context.RedirectUri));

            // Every way in (demo page or OpenID Connect) ends with this cookie: the one place users become known by name.
            options.Events.OnSigningIn = context =>
                context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>().RecordSignInAsync(context.Principal!, context.HttpContext.RequestAborted);
        });

        if (useOidc)
        {
            authentication.AddOpenIdConnect(options =>
            {
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = oidc["RoleClaim"] ?? "role";
                options.Scope.Add("profile");
                foreach (var scope in (oidc["Scopes"] ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    options.Scope.Add(scope);
                }
            });
        }

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(null)
            .AddPrimaWebPolicies();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddScoped<StaffDirectory>();
        builder.Services.AddScoped<PrimaWeb.Workflows.Activities.Letters.IStaffNames>(services => services.GetRequiredService<StaffDirectory>());
    }

    private static Task RejectApiOr(HttpResponse response, int statusCode, Action redirect)
    {
        if (response.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            response.StatusCode = statusCode;
        }
        else
        {
            redirect();
        }

        return Task.CompletedTask;
    }
}
