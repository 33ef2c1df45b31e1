using System.Security.Claims;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>
/// The signed-in user of a Blazor circuit. Interactive components run outside any HTTP request, where
/// <see cref="IHttpContextAccessor"/> is not reliable: <see cref="UserCircuitHandler"/> sets this from the circuit's
/// authentication state, and <see cref="UserScopes"/> copies it into the scopes a component creates.
/// </summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
