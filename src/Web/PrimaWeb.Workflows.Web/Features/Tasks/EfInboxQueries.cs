using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The inbox over the engine's task table. Engine rows are exempt from the context's tenant filter, so the engine's
/// own <see cref="InboxFilter"/> names the tenant (and sorts and pages as its indexes are read); the case references,
/// persons and request types come through the (tenant-filtered) cases, persons and requests.
/// </summary>
internal sealed class EfInboxQueries(PrimaWebDbContext db, ICurrentUser user, TimeProvider time, IStringLocalizer<UiText> text) : IInboxQueries
{
    public async Task<IReadOnlyList<InboxTask>> ListAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken) =>
    [
        .. (await ListRowsAsync(tab, criteria, cancellationToken)).Select(row => new InboxTask(
            row.Task.Id, TaskTypeNames.TitleOf(row.Task, text), row.Task.TaskType, row.CaseReference is null ? null : ParseCaseId(row.Task.CaseId), row.CaseReference,
            row.Task.DueAt, row.Task.Priority, row.Task.Status, row.Task.Assignee, row.Task.Revision)
        {
            PersonName = row.PersonName,
            PersonNiss = row.PersonNiss,
        }),
    ];

    public async Task<int> CountAsync(InboxTab tab, CancellationToken cancellationToken) =>
        await SelectAsync(tab, InboxCriteria.None, cancellationToken) is { } selected
            ? await InboxFilter.Apply(selected.Source, selected.Query with { Skip = 0, Take = int.MaxValue }).CountAsync(cancellationToken)
            : 0;

    public async Task<IReadOnlyList<InboxRow>> ListRowsAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken)
    {
        if (await SelectAsync(tab, criteria, cancellationToken) is not { } selected)
        {
            return [];
        }

        var tasks = await InboxFilter.Apply(selected.Source, selected.Query).ToListAsync(cancellationToken);
        var shownCases = tasks.Select(task => ParseCaseId(task.CaseId)).OfType<Guid>().Distinct().ToList();
        var cases = await (
                from @case in db.Cases.AsNoTracking()
                join person in db.Persons.AsNoTracking() on @case.MainPersonId equals person.Id
                where shownCases.Contains(@case.Id)
                select new { @case.Id, @case.Reference, person.LastName, person.FirstName, person.Niss })
            .ToDictionaryAsync(row => row.Id, cancellationToken);

        return
        [
            .. tasks.Select(task => ParseCaseId(task.CaseId) is { } id && cases.GetValueOrDefault(id) is { } row
                ? new InboxRow(task, row.Reference) { PersonName = $"{row.LastName} {row.FirstName}", PersonNiss = row.Niss.Formatted }
                : new InboxRow(task, null)),
        ];
    }

    /// <summary>The tab's tasks narrowed by the criteria, before sorting and paging; null when nothing can match.</summary>
    private async Task<(IQueryable<HumanTask> Source, InboxQuery Query)?> SelectAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var source = db.Set<HumanTask>().AsNoTracking();
        var query = tab switch
        {
            InboxTab.Mine => new InboxQuery(user.TenantCode) { Assignee = user.UserId },
            InboxTab.Unassigned => new InboxQuery(user.TenantCode) { Roles = [.. user.Roles], Statuses = [HumanTaskStatus.Open] },

            // A manager may work any task of the CPAS (TaskAccess): their team is the whole CPAS.
            InboxTab.Team => TaskAccess.MayReassign(user) ? new InboxQuery(user.TenantCode) : new InboxQuery(user.TenantCode) { Roles = [.. user.Roles] },
            _ => throw new ArgumentOutOfRangeException(nameof(tab), tab, null),
        };
        if (tab == InboxTab.Unassigned)
        {
            source = source.Where(task => task.Assignee == null);
        }

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
                return null;
            }

            query = query with { CaseId = caseId.Value.ToString() };
        }

        if (criteria.Search is { } search)
        {
            var caseIds = (await CasesOfPersonsAsync(search, cancellationToken)).Select(id => id.ToString()).ToList();
            source = source.Where(task => task.CaseId != null && caseIds.Contains(task.CaseId));
        }

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

        return (source, query);
    }

    /// <summary>
    /// The CPAS's cases whose main person has this NISS or, for words, whose last or first name holds every word
    /// (<c>martin</c>, <c>Thomas Martin</c>).
    /// </summary>
    private async Task<List<Guid>> CasesOfPersonsAsync(string search, CancellationToken cancellationToken)
    {
        var persons = db.Persons.AsNoTracking();
        if (NissQuery.Read(search, out var niss, "q") is null)
        {
            persons = persons.Where(person => person.Niss == niss);
        }
        else
        {
            foreach (var word in search.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Translated to SQL's lower(): no .NET culture takes part, and the providers have no Contains with a comparison.
#pragma warning disable CA1304, CA1311, CA1862
                persons = persons.Where(person => person.LastName.ToLower().Contains(word) || person.FirstName.ToLower().Contains(word));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        var personIds = persons.Select(person => person.Id);
        return await db.Cases.AsNoTracking().Where(@case => personIds.Contains(@case.MainPersonId)).Select(@case => @case.Id).ToListAsync(cancellationToken);
    }

    private static Guid? ParseCaseId(string? caseId) => Guid.TryParse(caseId, out var id) ? id : null;
}
