using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Data.CaseFiles;

/// <summary>The running grants of every CPAS; system code, so the tenant filter is bypassed on purpose.</summary>
public sealed class EfRunningGrants(PrimaWebDbContext db) : IRunningGrants
{
    public async Task<IReadOnlyList<Request>> AcceptedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        var wanted = types.ToList();
        return await db.Requests.IgnoreQueryFilters()
            .Where(request => wanted.Contains(request.Type) && request.Status == RequestStatus.AcceptedBySppIs)
            .OrderBy(request => request.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Request>> GrantedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        var wanted = types.ToList();
        return await db.Requests.IgnoreQueryFilters()
            .Where(request => wanted.Contains(request.Type) && request.Decisions.Any(decision => decision.Outcome == DecisionOutcome.Granted))
            .OrderBy(request => request.Id)
            .ToListAsync(cancellationToken);
    }
}
