using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The cases of the current CPAS with their main person. No tenant condition here: the context's tenant filter
/// already restricts every table to the signed-in user's CPAS (docs/adr/0003-tenant-isolation.md).
/// </summary>
public sealed class CaseList(PrimaWebDbContext db)
{
    public async Task<IReadOnlyList<CaseRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from @case in db.Cases
            join person in db.Persons on @case.MainPersonId equals person.Id
            orderby @case.Reference
            select new
            {
                @case.Id,
                @case.Reference,
                person.LastName,
                person.FirstName,
                person.Niss,
                @case.OpenedOn,
                @case.Status,
                Requests = db.Requests.Count(request => request.CaseId == @case.Id),
            }).ToListAsync(cancellationToken);

        return rows
            .Select(row => new CaseRow(row.Id, row.Reference, $"{row.LastName} {row.FirstName}", row.Niss.Formatted, row.OpenedOn, row.Status.ToString(), row.Requests))
            .ToList();
    }
}
