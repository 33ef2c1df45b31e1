using System.Security.Claims;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>The signed-in user, as application services need them; never read claims elsewhere.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The claims themselves, for what needs the whole principal (authorization, a new scope).</summary>
    ClaimsPrincipal Principal { get; }

    /// <summary>Stable user id (the <c>sub</c> claim).</summary>
    string UserId { get; }

    string DisplayName { get; }

    /// <summary>Code of the user's CPAS (tenant), e.g. <c>cpas-namur</c>.</summary>
    string TenantCode { get; }

    IReadOnlySet<string> Roles { get; }

    /// <summary><c>fr</c> or <c>nl</c>.</summary>
    string Language { get; }

    bool IsInRole(string role);
}
