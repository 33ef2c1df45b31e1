using System.Security.Claims;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>
/// <see cref="ICurrentUser"/> read from the claims of the current HTTP request's principal, or of the Blazor circuit's
/// user when a component runs outside a request.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, CircuitPrincipal? circuit = null) : ICurrentUser
{
    public ClaimsPrincipal Principal => circuit?.User ?? accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? Principal.FindFirstValue("sub")
        ?? throw NotSignedIn();

    // Name and role claim types differ between the demo cookie (ClaimTypes.*) and OpenID Connect ("name", "role"):
    // ask each identity for its own.
    public string DisplayName => Principal.Identity?.Name ?? UserId;

    public string TenantCode => Principal.FindFirstValue(PrimaWebClaimTypes.Tenant)
        ?? throw new InvalidOperationException($"The user has no '{PrimaWebClaimTypes.Tenant}' claim: every user must belong to one CPAS.");

    public IReadOnlySet<string> Roles => Principal.Identities
        .SelectMany(identity => identity.FindAll(identity.RoleClaimType))
        .Select(claim => claim.Value)
        .ToHashSet(StringComparer.Ordinal);

    public string Language => Principal.FindFirstValue(PrimaWebClaimTypes.Locale) is "nl" ? "nl" : "fr";

    public bool IsInRole(string role) => Principal.IsInRole(role);

    private static InvalidOperationException NotSignedIn() => new("No user is signed in.");
}
