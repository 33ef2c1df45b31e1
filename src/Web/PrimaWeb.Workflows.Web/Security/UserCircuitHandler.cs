using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>Keeps <see cref="CircuitPrincipal"/> up to date before each piece of work the circuit does for the browser.</summary>
internal sealed class UserCircuitHandler(AuthenticationStateProvider authentication, CircuitPrincipal principal) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            principal.User = (await authentication.GetAuthenticationStateAsync()).User;
            await next(context);
        };
}
