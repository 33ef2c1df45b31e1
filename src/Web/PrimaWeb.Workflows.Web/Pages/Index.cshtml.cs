using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Pages;

/// <summary>The first page: the cases of the signed-in user's CPAS (the tenant filter does the scoping).</summary>
[Authorize(Policy = Policies.CpasUser)]
public sealed class IndexModel(PrimaWebDbContext db, ICurrentUser user) : PageModel
{
    public string TenantName { get; private set; } = string.Empty;

    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TenantName = await db.Tenants.Where(tenant => tenant.Id == user.TenantCode).Select(tenant => tenant.Name).SingleOrDefaultAsync(cancellationToken)
            ?? user.TenantCode;

        var rows = await (
            from @case in db.Cases
            join person in db.Persons on @case.MainPersonId equals person.Id
            orderby @case.Reference
            select new
            {
                @case.Reference,
                person.LastName,
                person.FirstName,
                person.Niss,
                @case.OpenedOn,
                @case.Status,
                Requests = db.Requests.Count(request => request.CaseId == @case.Id),
            }).ToListAsync(cancellationToken);

        Cases = rows
            .Select(row => new CaseRow(row.Reference, $"{row.LastName} {row.FirstName}", row.Niss.Formatted, row.OpenedOn, row.Status.ToString(), row.Requests))
            .ToList();
    }
}
