using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.Web.Components.Layout;

/// <summary>The display name of a CPAS (e.g. <c>CPAS de Namur</c>) for the application bar.</summary>
public sealed class TenantNames(PrimaWebDbContext db)
{
    public Task<string?> FindAsync(string tenantCode, CancellationToken cancellationToken) =>
        db.Tenants.Where(tenant => tenant.Id == tenantCode).Select(tenant => tenant.Name).SingleOrDefaultAsync(cancellationToken);
}
