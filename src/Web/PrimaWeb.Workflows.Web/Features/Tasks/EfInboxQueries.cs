using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The inbox over the engine's task table. Engine rows are exempt from the context's tenant filter, so the engine's
/// own <see cref="InboxFilter"/> names the tenant (and sorts and pages as its indexes are read); the case references
/// and request types come through the (tenant-filtered) cases and requests.
/// </summary>
internal sealed class EfInboxQueries(PrimaWebDbContext db, ICurrentUser user, TimeProvider time) : IInboxQueries
{
    public async Task<IReadOnlyList<InboxTask>> ListAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken) =>
    [
        .. (await ListRowsAsync(tab, criteria, cancellationToken)).Select(row => new InboxTask(
            row.Task.Id, row.Task.Title, row.Task.TaskType, row.CaseReference is null ? null : ParseCaseId(row.Task.CaseId), row.CaseReference,
            row.Task.DueAt, row.Task.Priority, row.Task.Status, row.Task.Assignee, row.Task.Revision)),
    ];

    public async Task<IReadOnlyList<InboxRow>> ListRowsAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var query = tab switch
        {
            InboxTab.Mine => new InboxQuery(user.TenantCode) { Assignee = user.UserId },
            InboxTab.Team => new InboxQuery(user.TenantCode) { Roles = [.. user.Roles] },
            _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, null),
        };
        query = query with
        {
            TaskType = criteria.TaskType,
            CaseId = criteria.CaseId?.ToString(),
            DueBefore = criteria.OverdueOnly ? time.GetUtcNow() : null,
            Skip = (criteria.Page - 1) * InboxCriteria.PageSize,
            Take = InboxCriteria.PageSize,
        };

        if (criteria.CaseReference is { } reference)
        {
            // A reference of another CPAS (or none) is simply not found: an empty list, as for any other criterion.
            var caseId = await db.Cases.AsNoTracking().Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (caseId is null || (criteria.CaseId is { } given && given != caseId))
            {
                return [];
            }

            query = query with { CaseId = caseId.Value.ToString() };
        }

        var source = db.Set<HumanTask>().AsNoTracking();
        if (criteria.RequestType is { } requestType)
        {
            // Tasks carry the request's id as text (Guid "D" form, as the workflows write it); the CPAS's requests of
            // that type still in progress are few next to its tasks, so they narrow the task query as a list.
            var requestIds = (await db.Requests.AsNoTracking()
                    .Where(r => r.Type == requestType && r.Status != RequestStatus.Closed)
                    .Select(r => r.Id)
                    .ToListAsync(cancellationToken))
                .Select(id => id.ToString())
                .ToList();
            source = source.Where(task => task.RequestId != null && requestIds.Contains(task.RequestId));
        }

        var tasks = await InboxFilter.Apply(source, query).ToListAsync(cancellationToken);

        var caseIds = tasks.Select(task => ParseCaseId(task.CaseId)).OfType<Guid>().Distinct().ToList();
        var references = await db.Cases.AsNoTracking()
            .Where(@case => caseIds.Contains(@case.Id))
            .ToDictionaryAsync(@case => @case.Id, @case => @case.Reference, cancellationToken);

        return [.. tasks.Select(task => new InboxRow(task, ParseCaseId(task.CaseId) is { } id ? references.GetValueOrDefault(id) : null))];
    }

    private static Guid? ParseCaseId(string? caseId) => Guid.TryParse(caseId, out var id) ? id : null;
}
