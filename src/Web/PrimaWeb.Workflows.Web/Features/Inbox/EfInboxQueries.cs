using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>
/// The inbox over the engine's task table. Engine rows are exempt from the context's tenant filter, so the engine's
/// own <see cref="InboxFilter"/> names the tenant; the case references come through the (tenant-filtered) cases.
/// </summary>
internal sealed class EfInboxQueries(PrimaWebDbContext db, ICurrentUser user) : IInboxQueries
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<InboxTask>> ListAsync(InboxTab tab, CancellationToken cancellationToken)
    {
        var query = tab switch
        {
            InboxTab.Mine => new InboxQuery(user.TenantCode) { Assignee = user.UserId, Take = PageSize },
            InboxTab.Team => new InboxQuery(user.TenantCode) { Roles = [.. user.Roles], Take = PageSize },
            _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, null),
        };
        var tasks = await InboxFilter.Apply(db.Set<HumanTask>().AsNoTracking(), query).ToListAsync(cancellationToken);

        var caseIds = tasks.Select(task => ParseCaseId(task.CaseId)).OfType<Guid>().Distinct().ToList();
        var references = await db.Cases.AsNoTracking()
            .Where(@case => caseIds.Contains(@case.Id))
            .ToDictionaryAsync(@case => @case.Id, @case => @case.Reference, cancellationToken);

        return [.. tasks.Select(task =>
        {
            var caseId = ParseCaseId(task.CaseId);
            var reference = caseId is { } id ? references.GetValueOrDefault(id) : null;
            return new InboxTask(
                task.Id, task.Title, task.TaskType, reference is null ? null : caseId, reference,
                task.DueAt, task.Priority, task.Status, task.Assignee, task.Revision);
        })];
    }

    private static Guid? ParseCaseId(string? caseId) => Guid.TryParse(caseId, out var id) ? id : null;
}
