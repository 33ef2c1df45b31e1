using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Pages;

/// <summary>The first page: the cases of the signed-in user's CPAS.</summary>
[Authorize(Policy = Policies.CpasUser)]
public sealed class IndexModel(PrimaWebDbContext db, CaseList caseList, ICurrentUser user) : PageModel
{
    public string TenantName { get; private set; } = string.Empty;

    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TenantName = await db.Tenants.Where(tenant => tenant.Id == user.TenantCode).Select(tenant => tenant.Name).SingleOrDefaultAsync(cancellationToken)
            ?? user.TenantCode;
        Cases = await caseList.LoadAsync(cancellationToken);
    }
}
