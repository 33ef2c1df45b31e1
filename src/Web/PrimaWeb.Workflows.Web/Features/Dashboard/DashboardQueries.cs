using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Calculations.Loi65;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>
/// The dashboard's lists for the CPAS of the context's tenant scope, each read by one query the indexes serve (see
/// docs/benchmarks.md), then ruled by the domain: every due date comes from <see cref="LegalDeadlines"/> and every state
/// from <see cref="DeadlineWatch"/>. A query selects by the date a deadline runs from, computed back from the last due
/// day of interest, so that the database reads only what can be listed.
/// </summary>
public sealed partial class DashboardQueries(PrimaWebDbContext db, Loi65ReferenceData loi65, IOptions<DashboardOptions> options)
{
    /// <summary>The most rows a list gives (the page and the CSV alike); the filters narrow a longer one.</summary>
    public const int MaxRows = 2000;

    /// <summary>How far ahead the integrations list looks.</summary>
    public const int IntegrationDaysAhead = 30;

    private static readonly RequestStatus[] BeforeDecision =
        [RequestStatus.Received, RequestStatus.UnderInvestigation, RequestStatus.ProposalReady, RequestStatus.SubmittedToCouncil];

    private static readonly HumanTaskStatus[] OpenTask = [HumanTaskStatus.Open, HumanTaskStatus.Claimed];

    private static readonly SppIsFormType[] DisForms =
        [SppIsFormType.DisGrant, SppIsFormType.DisRevision, SppIsFormType.DisProlongation, SppIsFormType.DisRefusal, SppIsFormType.DisWithdrawal, SppIsFormType.DisSuspension];

    private static readonly SppIsFormType[] A036Forms = [SppIsFormType.A036Create, SppIsFormType.A036Modify, SppIsFormType.A036Cancel];

    public int DueSoonDays => options.Value.DueSoonDays;

    private string Tenant => db.TenantScope?.TenantId
        ?? throw new InvalidOperationException("The dashboard reads one CPAS: the context has no tenant in scope.");

    /// <summary>The social workers the CPAS's cases are assigned to, for the filter.</summary>
    public async Task<IReadOnlyList<string>> SocialWorkersAsync(CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Where(c => c.SocialWorkerId != null).Select(c => c.SocialWorkerId!).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);

    /// <summary>Requests submitted to the Council and not decided yet, oldest first.</summary>
    public async Task<IReadOnlyList<PendingDecisionRow>> PendingDecisionsAsync(DashboardCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var (first, last) = (criteria.FirstDay(today), criteria.LastDay(today));
        var rows = await (
                from request in Requests(criteria)
                where request.Status == RequestStatus.SubmittedToCouncil && request.ReceivedOn >= first && request.ReceivedOn <= last
                join @case in Cases(criteria) on request.CaseId equals @case.Id
                orderby request.ReceivedOn, request.Id
                select new { request.Id, request.CaseId, @case.Reference, request.Type, request.ReceivedOn, @case.SocialWorkerId })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        var tasks = await OpenTasksByRequestAsync(rows.Select(r => r.CaseId), cancellationToken);
        return [.. rows.Select(r => new PendingDecisionRow(
            r.Id, r.CaseId, r.Reference, r.Type, r.ReceivedOn, today.DayNumber - r.ReceivedOn.DayNumber, LegalDeadlines.DecisionDue(r.ReceivedOn),
            r.SocialWorkerId, tasks.GetValueOrDefault(r.Id)))];
    }

    /// <summary>The outstanding deadlines of <paramref name="rule"/> that are due soon or overdue on <paramref name="today"/>, soonest first.</summary>
    public async Task<IReadOnlyList<DeadlineRow>> DeadlinesAsync(DeadlineRule rule, DashboardCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = DeadlineWatch.Horizon(today, DueSoonDays);
        var rows = rule switch
        {
            DeadlineRule.Decision => await DecisionDeadlinesAsync(criteria, today, horizon, cancellationToken),
            DeadlineRule.Notification => await DecisionStepsAsync(rule, criteria, today, horizon, cancellationToken),
            DeadlineRule.A036 => await DecisionStepsAsync(rule, criteria, today, horizon, cancellationToken),
            DeadlineRule.DisForm => await DecisionStepsAsync(rule, criteria, today, horizon, cancellationToken),
            DeadlineRule.Loi65FormB => await DecisionStepsAsync(rule, criteria, today, horizon, cancellationToken),
            DeadlineRule.Loi65FormD => await ExpenseClaimsAsync(criteria, today, horizon, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
        return [.. rows.Where(row => row.DueOn <= horizon).OrderBy(row => row.DueOn).ThenBy(row => row.CaseReference, StringComparer.Ordinal).Take(MaxRows)];
    }

    private async Task<List<DeadlineRow>> DecisionDeadlinesAsync(DashboardCriteria criteria, DateOnly today, DateOnly horizon, CancellationToken cancellationToken)
    {
        // Due 30 days after reception: the requests received by the horizon's reception day, still without a decision.
        var receivedBy = horizon.AddDays(horizon.DayNumber - LegalDeadlines.DecisionDue(horizon).DayNumber);
        var first = criteria.FirstDay(today);
        var last = Min(criteria.LastDay(today), receivedBy);
        var rows = await (
                from request in Requests(criteria)
                where BeforeDecision.Contains(request.Status) && request.ReceivedOn >= first && request.ReceivedOn <= last
                join @case in Cases(criteria) on request.CaseId equals @case.Id
                orderby request.ReceivedOn
                select new { request.Id, request.CaseId, @case.Reference, request.Type, request.ReceivedOn, @case.SocialWorkerId })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Row(DeadlineRule.Decision, today, LegalDeadlines.DecisionDue(r.ReceivedOn), r.ReceivedOn, r.Id, r.CaseId, r.Reference, r.Type, null, r.SocialWorkerId))];
    }

    /// <summary>The steps a decision calls for (letter, A036, DIS form, Loi 65 form B) that are not done yet.</summary>
    private async Task<List<DeadlineRow>> DecisionStepsAsync(DeadlineRule rule, DashboardCriteria criteria, DateOnly today, DateOnly horizon, CancellationToken cancellationToken)
    {
        var first = criteria.FirstDay(today);
        var last = criteria.LastDay(today);
        var decisions =
            from request in Requests(criteria)
            from decision in request.Decisions
            join @case in Cases(criteria) on request.CaseId equals @case.Id
            select new { Request = request, Decision = decision, Case = @case };
        var forms = db.Set<SppIsForm>().AsNoTracking();

        // The last decision (or aid start) whose step can be due by the horizon: the query then selects by date alone.
        var decidedBy = rule switch
        {
            DeadlineRule.Notification => Min(last, horizon.AddDays(horizon.DayNumber - LegalDeadlines.NotificationDue(horizon).DayNumber)),
            DeadlineRule.A036 => Min(last, horizon.AddDays(horizon.DayNumber - LegalDeadlines.A036Due(horizon).DayNumber)),
            DeadlineRule.DisForm => Min(last, DeadlineWatch.LastDisDecisionDueBy(horizon)),
            _ => last,
        };
        DateOnly? aidStartedBy = horizon.AddDays(-loi65.ShortestB1Days);
        decisions = decisions.Where(d => d.Decision.DecidedOn >= first && d.Decision.DecidedOn <= decidedBy);
        decisions = rule switch
        {
            DeadlineRule.Notification => decisions.Where(d => !db.Set<NotificationLetter>().Any(letter => letter.DecisionId == d.Decision.Id)),
            DeadlineRule.A036 => decisions.Where(d =>
                RequestTypes.AttestedByA036.Contains(d.Request.Type)
                && (d.Decision.Outcome == DecisionOutcome.Granted || d.Decision.Outcome == DecisionOutcome.Withdrawn)
                && !forms.Any(form => form.DecisionId == d.Decision.Id && A036Forms.Contains(form.Type) && form.SentAt != null)),
            DeadlineRule.DisForm => decisions.Where(d =>
                d.Request.Type == RequestType.Dis
                && !forms.Any(form => form.DecisionId == d.Decision.Id && DisForms.Contains(form.Type) && form.SentAt != null)),
            DeadlineRule.Loi65FormB => decisions.Where(d =>
                RequestTypes.Loi65.Contains(d.Request.Type)
                && (d.Decision.Outcome == DecisionOutcome.Granted || d.Decision.Outcome == DecisionOutcome.Resumed)
                && d.Decision.EffectiveFrom <= aidStartedBy
                && !forms.Any(form => form.DecisionId == d.Decision.Id && form.Type == SppIsFormType.Loi65AB && form.SentAt != null)),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
        var rows = await decisions
            .OrderBy(d => d.Decision.DecidedOn)
            .Select(d => new
            {
                RequestId = d.Request.Id,
                d.Request.CaseId,
                d.Case.Reference,
                d.Request.Type,
                DecisionId = d.Decision.Id,
                d.Decision.DecidedOn,
                d.Decision.EffectiveFrom,
                d.Case.SocialWorkerId,
            })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var (runsFrom, due) = rule switch
            {
                DeadlineRule.Notification => (r.DecidedOn, LegalDeadlines.NotificationDue(r.DecidedOn)),
                DeadlineRule.A036 => (r.DecidedOn, LegalDeadlines.A036Due(r.DecidedOn)),
                DeadlineRule.DisForm => (r.DecidedOn, LegalDeadlines.DisFormDue(r.DecidedOn)),
                _ => (r.EffectiveFrom ?? r.DecidedOn, loi65.B1Due(r.EffectiveFrom ?? r.DecidedOn)),
            };
            return Row(rule, today, due, runsFrom, r.RequestId, r.CaseId, r.Reference, r.Type, r.DecisionId, r.SocialWorkerId);
        })];
    }

    /// <summary>
    /// The monthly expense claims (form D1, prepared by the daily claims job) not yet received by the SPP-IS — never sent,
    /// or refused — by their due date, 12 months after the end of the expenses' quarter.
    /// </summary>
    private async Task<List<DeadlineRow>> ExpenseClaimsAsync(DashboardCriteria criteria, DateOnly today, DateOnly horizon, CancellationToken cancellationToken)
    {
        // A claim is due a year after its quarter: without a period, the one-year look-back would hide it once overdue.
        var first = criteria.From ?? DateOnly.MinValue;
        var last = criteria.LastDay(today);
        var rows = await (
                from form in db.Set<SppIsForm>().AsNoTracking()
                where form.Type == SppIsFormType.Loi65D1 && (form.SentAt == null || form.Status == SppIsFormStatus.Refused) && form.DueOn <= horizon
                join request in Requests(criteria) on form.RequestId equals request.Id
                join @case in Cases(criteria) on form.CaseId equals @case.Id
                orderby form.DueOn
                select new { RequestId = request.Id, request.CaseId, @case.Reference, request.Type, form.DecisionId, form.DueOn, form.IdempotencyKey, @case.SocialWorkerId })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);

        // The deadline runs from the end of the expenses' quarter; the period selects by that day, as for the other rules.
        return [.. rows
            .Select(r => (Row: r, QuarterEnd: LegalDate.EndOfQuarter(Loi65ExpenseClaims.MonthOf(r.IdempotencyKey))))
            .Where(x => x.QuarterEnd >= first && x.QuarterEnd <= last)
            .Select(x => Row(DeadlineRule.Loi65FormD, today, x.Row.DueOn, x.QuarterEnd, x.Row.RequestId, x.Row.CaseId, x.Row.Reference, x.Row.Type, x.Row.DecisionId, x.Row.SocialWorkerId))];
    }

    /// <summary>Forms the SPP-IS refused whose follow-up task is still open, oldest answer first.</summary>
    public async Task<IReadOnlyList<SppIsRefusalRow>> SppIsRefusalsAsync(DashboardCriteria criteria, CancellationToken cancellationToken)
    {
        var rows = await (
                from form in db.Set<SppIsForm>().AsNoTracking()
                where form.Status == SppIsFormStatus.Refused || form.Status == SppIsFormStatus.PartiallyAccepted
                join request in Requests(criteria) on form.RequestId equals request.Id
                join @case in Cases(criteria) on form.CaseId equals @case.Id
                orderby form.AnsweredAt
                select new { Form = form, request.Type, @case.Reference, @case.SocialWorkerId })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        var tasks = await OpenTasksAsync(rows.Select(r => r.Form.CaseId), cancellationToken);
        return [.. rows
            .Select(r => (Row: r, Task: tasks.Where(t => t.RequestId == r.Form.RequestId!.Value.ToString() && t.CreatedAt >= r.Form.AnsweredAt)
                .OrderBy(t => t.CreatedAt).FirstOrDefault()))
            .Where(x => x.Task is not null)
            .Select(x => new SppIsRefusalRow(
                x.Row.Form.Id, x.Row.Form.CaseId, x.Row.Reference, x.Row.Form.RequestId!.Value, x.Row.Type, x.Row.Form.Type, x.Row.Form.Status,
                x.Row.Form.AnsweredAt!.Value, [.. x.Row.Form.Reasons], x.Task!.Id, x.Row.SocialWorkerId))];
    }

    /// <summary>The integration lines of the cases' main persons that end between today and 30 days from now, soonest first.</summary>
    public async Task<IReadOnlyList<ExpiringIntegrationRow>> ExpiringIntegrationsAsync(DashboardCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(IntegrationDaysAhead);
        var rows = await (
                from register in db.IntegrationRegisters.AsNoTracking()
                from line in register.Integrations
                where line.End >= today && line.End <= until && !line.IsCancelled
                join person in db.Persons.AsNoTracking() on register.Niss equals person.Niss
                join @case in Cases(criteria) on person.Id equals @case.MainPersonId
                orderby line.End
                select new { @case.Id, @case.Reference, line.Code, line.Start, line.End, @case.SocialWorkerId })
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ExpiringIntegrationRow(r.Id, r.Reference, (int)r.Code, r.Start, r.End, r.End.DayNumber - today.DayNumber, r.SocialWorkerId))];
    }

    /// <summary>The open incidents of the CPAS's requests, oldest first.</summary>
    public async Task<IReadOnlyList<DashboardIncidentRow>> IncidentsAsync(DashboardCriteria criteria, CancellationToken cancellationToken)
    {
        var tenant = Tenant;
        var rows = await (
                from incident in db.Set<Incident>().AsNoTracking()
                where incident.Status == IncidentStatus.Open
                join instance in db.Set<WorkflowInstance>().AsNoTracking() on incident.InstanceId equals instance.Id
                where instance.TenantId == tenant
                join request in Requests(criteria) on (Guid?)instance.Id equals request.WorkflowInstanceId
                join @case in Cases(criteria) on request.CaseId equals @case.Id
                orderby incident.CreatedAt
                select new DashboardIncidentRow(
                    incident.Id, request.Id, @case.Id, @case.Reference, request.Type, incident.ActivityId, incident.ActivityType, incident.Attempts, incident.CreatedAt, @case.SocialWorkerId))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>Open tasks per assignee (the team's members only when a team is chosen), most overdue first.</summary>
    public async Task<IReadOnlyList<WorkloadRow>> WorkloadAsync(DashboardCriteria criteria, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tenant = Tenant;
        var tasks = db.Set<HumanTask>().AsNoTracking().Where(t => t.TenantId == tenant && OpenTask.Contains(t.Status));
        if (criteria.SocialWorker is { } worker)
        {
            tasks = tasks.Where(t => t.Assignee == worker);
        }

        if (TeamMembers(criteria) is { } members)
        {
            tasks = tasks.Where(t => t.Assignee != null && members.Contains(t.Assignee));
        }

        var groups = await tasks
            .GroupBy(t => t.Assignee)
            .Select(g => new { Assignee = g.Key, Open = g.Count(), Overdue = g.Count(t => t.DueAt != null && t.DueAt < now), Oldest = g.Min(t => t.CreatedAt) })
            .ToListAsync(cancellationToken);
        var oldest = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var id = await tasks.Where(t => t.Assignee == group.Assignee && t.CreatedAt == group.Oldest).Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
            oldest[group.Assignee ?? string.Empty] = id;
        }

        return [.. groups
            .Select(g => new WorkloadRow(g.Assignee, g.Open, g.Overdue, g.Oldest, oldest.TryGetValue(g.Assignee ?? string.Empty, out var id) && id != Guid.Empty ? id : null))
            .OrderByDescending(row => row.OverdueTasks).ThenByDescending(row => row.OpenTasks).ThenBy(row => row.SocialWorkerId, StringComparer.Ordinal)];
    }

    private IQueryable<Request> Requests(DashboardCriteria criteria)
    {
        var requests = db.Requests.AsNoTracking();
        return criteria.RequestType is { } type ? requests.Where(r => r.Type == type) : requests;
    }

    private IQueryable<Case> Cases(DashboardCriteria criteria)
    {
        var cases = db.Cases.AsNoTracking();
        if (criteria.SocialWorker is { } worker)
        {
            cases = cases.Where(c => c.SocialWorkerId == worker);
        }

        if (TeamMembers(criteria) is { } members)
        {
            cases = cases.Where(c => c.SocialWorkerId != null && members.Contains(c.SocialWorkerId));
        }

        return cases;
    }

    private string[]? TeamMembers(DashboardCriteria criteria) =>
        criteria.Team is { } team ? options.Value.TeamsOf(Tenant).GetValueOrDefault(team) ?? [] : null;

    /// <summary>The open tasks of these cases (tasks carry the case's id as text), read through the tasks' case index.</summary>
    private async Task<List<HumanTask>> OpenTasksAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken)
    {
        var tenant = Tenant;
        var ids = caseIds.Distinct().Select(id => id.ToString()).ToList();
        var tasks = new List<HumanTask>();
        foreach (var chunk in ids.Chunk(500))
        {
            tasks.AddRange(await db.Set<HumanTask>().AsNoTracking()
                .Where(t => t.TenantId == tenant && t.CaseId != null && chunk.Contains(t.CaseId) && OpenTask.Contains(t.Status))
                .ToListAsync(cancellationToken));
        }

        return tasks;
    }

    private async Task<Dictionary<Guid, Guid>> OpenTasksByRequestAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken) =>
        (await OpenTasksAsync(caseIds, cancellationToken))
            .Where(t => Guid.TryParse(t.RequestId, out _))
            .GroupBy(t => Guid.Parse(t.RequestId!))
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.CreatedAt).First().Id);

    private DeadlineRow Row(
        DeadlineRule rule, DateOnly today, DateOnly due, DateOnly runsFrom, Guid requestId, Guid caseId, string reference, RequestType type, Guid? decisionId, string? socialWorker) =>
        new(rule, DeadlineWatch.StateOn(due, today, DueSoonDays), due, runsFrom, requestId, caseId, reference, type, decisionId, socialWorker);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
