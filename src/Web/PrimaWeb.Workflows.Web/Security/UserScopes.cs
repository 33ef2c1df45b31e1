namespace PrimaWeb.Workflows.Web.Security;

/// <summary>
/// Short-lived service scopes for components: a circuit lives for hours, a DbContext should live for one operation.
/// The new scope sees the same user (hence the same CPAS) as the component that asked for it.
/// </summary>
public sealed class UserScopes(IServiceScopeFactory scopes, ICurrentUser user)
{
    public AsyncServiceScope Create()
    {
        var scope = scopes.CreateAsyncScope();
        if (user.IsAuthenticated)
        {
            scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().User = user.Principal;
        }

        return scope;
    }
}
