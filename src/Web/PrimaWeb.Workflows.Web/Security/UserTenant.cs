using PrimaWeb.Workflows.Data.Tenancy;

namespace PrimaWeb.Workflows.Web.Security;

/// <summary>The data layer's tenant scope during a request: the signed-in user's CPAS, none when anonymous.</summary>
internal sealed class UserTenant(ICurrentUser user) : ICurrentTenant
{
    public string? TenantId => user.IsAuthenticated ? user.TenantCode : null;
}
