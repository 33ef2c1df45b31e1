using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.Web.Demo;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Pages.Account;

/// <summary>The passwordless demo sign-in: only when <c>Demo:Enabled</c> is true.</summary>
public sealed class SignInModel(IOptions<DemoOptions> demo) : PageModel
{
    public bool DemoEnabled => demo.Value.Enabled;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string userId)
    {
        if (!DemoEnabled)
        {
            return NotFound();
        }

        if (DemoUsers.Find(userId) is not { } user)
        {
            return BadRequest($"Unknown demo user '{userId}'.");
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.DisplayName),
            new(ClaimTypes.Role, user.Role),
            new(PrimaWebClaimTypes.Tenant, user.TenantCode),
            new(PrimaWebClaimTypes.Locale, user.Language),
        ];
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));

        // Only local return URLs: an open redirect would let a link send a signed-in user anywhere.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
