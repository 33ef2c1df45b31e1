using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Tests.Security;

public sealed class HttpCurrentUserTests
{
    [Fact]
    public void Properties_SignedInUser_ComeFromTheClaims()
    {
        var user = For(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "gent-manager"),
            new Claim(ClaimTypes.Name, "Els Maes"),
            new Claim(ClaimTypes.Role, Roles.Manager),
            new Claim(PrimaWebClaimTypes.Tenant, "ocmw-gent"),
            new Claim(PrimaWebClaimTypes.Locale, "nl"),
        ], "test"));

        user.IsAuthenticated.ShouldBeTrue();
        (user.UserId, user.DisplayName, user.TenantCode, user.Language).ShouldBe(("gent-manager", "Els Maes", "ocmw-gent", "nl"));
        user.Roles.ShouldBe([Roles.Manager]);
        user.IsInRole(Roles.Manager).ShouldBeTrue();
        user.IsInRole(Roles.Administrator).ShouldBeFalse();
    }

    [Fact]
    public void Properties_OpenIdConnectUser_ReadTheProvidersClaimTypes()
    {
        var user = For(new ClaimsIdentity(
        [
            new Claim("sub", "4f1c"),
            new Claim("name", "Amélie Dubois"),
            new Claim("role", Roles.SocialWorker),
            new Claim(PrimaWebClaimTypes.Tenant, "cpas-namur"),
        ], "oidc", "name", "role"));

        (user.UserId, user.DisplayName, user.TenantCode).ShouldBe(("4f1c", "Amélie Dubois", "cpas-namur"));
        user.Roles.ShouldBe([Roles.SocialWorker]);
        user.IsInRole(Roles.SocialWorker).ShouldBeTrue();
    }

    [Fact]
    public void Language_NoOrUnknownLocale_IsFrench()
    {
        var user = For(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "x"), new Claim(PrimaWebClaimTypes.Locale, "de")], "test"));

        user.Language.ShouldBe("fr");
    }

    [Fact]
    public void TenantCode_UserWithoutTenantClaim_ThrowsNamingTheClaim()
    {
        var user = For(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "x")], "test"));

        Should.Throw<InvalidOperationException>(() => user.TenantCode).Message.ShouldContain("'tenant' claim");
    }

    [Fact]
    public void IsAuthenticated_Anonymous_IsFalse()
    {
        var user = For(new ClaimsIdentity());

        user.IsAuthenticated.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => user.UserId);
    }

    private static HttpCurrentUser For(ClaimsIdentity identity) =>
        new(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } });
}
