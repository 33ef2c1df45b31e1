using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>How many weeks the charts show when no period is given.</summary>
    public const int ChartWeeks = 12;

    /// <summary>The most weeks a period may span on the charts.</summary>
    public const int MaxChartWeeks = 104;

    // The statuses a request without a decision can be in, besides withdrawn.
    private static readonly RequestStatus[] StillWaiting =
        [RequestStatus.Received, RequestStatus.UnderInvestigation, RequestStatus.ProposalReady, RequestStatus.SubmittedToCouncil, RequestStatus.Suspended];

    /// <summary>
    /// The weekly figures (<see cref="WeeklyCount"/>) of the period, or of the last twelve weeks: one read of the requests
    /// that matter to the weeks.
    /// </summary>
    public async Task<IReadOnlyList<WeeklyFigures>> WeeklyAsync(DashboardCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var lastWeek = WeeklyCount.Monday(criteria.To ?? today);
        var firstWeek = criteria.From is { } from ? WeeklyCount.Monday(from) : lastWeek.AddDays(-7 * (ChartWeeks - 1));
        if ((lastWeek.DayNumber - firstWeek.DayNumber) / 7 >= MaxChartWeeks)
        {
            firstWeek = lastWeek.AddDays(-7 * (MaxChartWeeks - 1));
        }

        var end = lastWeek.AddDays(6);

        // Overdue at a week's end: received more than 30 days before it, first decided after it (or not yet).
        var receivedBy = end.AddDays(end.DayNumber - LegalDeadlines.DecisionDue(end).DayNumber);

        // Three narrow reads the indexes serve (received in the weeks; decided since their start; still waiting), then
        // each candidate's reception and first decision: the history of the CPAS is never scanned.
        var requestsOfCases = RequestsOfCases(criteria);
        var received = await requestsOfCases
            .Where(request => request.ReceivedOn >= firstWeek && request.ReceivedOn <= end)
            .Select(request => request.Id)
            .ToListAsync(cancellationToken);
        var decided = await requestsOfCases
            .SelectMany(request => request.Decisions.Where(decision => decision.DecidedOn >= firstWeek), (request, _) => request.Id)
            .ToListAsync(cancellationToken);
        var waiting = await requestsOfCases
            .Where(request => StillWaiting.Contains(request.Status) && request.ReceivedOn <= receivedBy)
            .Select(request => request.Id)
            .ToListAsync(cancellationToken);

        var requests = new List<ChartedRequest>();
        foreach (var chunk in received.Concat(decided).Concat(waiting).Distinct().Chunk(500))
        {
            var rows = await db.Requests.AsNoTracking()
                .Where(request => chunk.Contains(request.Id))
                .Select(request => new { request.ReceivedOn, request.Status, Decided = request.Decisions.Min(d => (DateOnly?)d.DecidedOn) })
                .ToListAsync(cancellationToken);
            requests.AddRange(rows
                .Where(r => (r.ReceivedOn >= firstWeek && r.ReceivedOn <= end)
                    || (r.Decided >= firstWeek && r.Decided <= end)
                    || (r.ReceivedOn <= receivedBy && (r.Decided == null || r.Decided >= firstWeek)
                        && r.Status != RequestStatus.Withdrawn && r.Status != RequestStatus.Closed))
                .Select(r => new ChartedRequest(r.ReceivedOn, r.Decided)));
        }

        return WeeklyCount.Of(requests, firstWeek, lastWeek);
    }

    // The requests of the cases the criteria choose; without a social worker or a team, no join to the cases at all.
    private IQueryable<Request> RequestsOfCases(DashboardCriteria criteria) =>
        criteria.SocialWorker is null && criteria.Team is null
            ? Requests(criteria)
            : Requests(criteria).Where(request => Cases(criteria).Any(@case => @case.Id == request.CaseId));

    /// <summary>The deadlines of one request of the CPAS (null when it has none such), done or outstanding, in the order they run.</summary>
    public async Task<IReadOnlyList<RequestDeadlineRow>?> RequestDeadlinesAsync(Guid requestId, DateOnly today, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var letters = await db.Set<Domain.CaseFiles.NotificationLetter>().AsNoTracking()
            .Where(l => l.RequestId == requestId).Select(l => l.DecisionId).ToListAsync(cancellationToken);
        var sent = await db.Set<Domain.CaseFiles.SppIsForm>().AsNoTracking()
            .Where(f => f.RequestId == requestId && f.SentAt != null && f.DecisionId != null)
            .Select(f => new { DecisionId = f.DecisionId!.Value, f.Type })
            .ToListAsync(cancellationToken);

        var rows = new List<RequestDeadlineRow>
        {
            Deadline(DeadlineRule.Decision, request.ReceivedOn, LegalDeadlines.DecisionDue(request.ReceivedOn), request.Decisions.Count > 0, null),
        };
        foreach (var decision in request.Decisions)
        {
            rows.Add(Deadline(DeadlineRule.Notification, decision.DecidedOn, LegalDeadlines.NotificationDue(decision.DecidedOn), letters.Contains(decision.Id), decision.Id));
            if (RequestTypes.AttestedByA036.Contains(request.Type) && decision.Outcome is DecisionOutcome.Granted or DecisionOutcome.Withdrawn)
            {
                rows.Add(Deadline(DeadlineRule.A036, decision.DecidedOn, LegalDeadlines.A036Due(decision.DecidedOn),
                    sent.Any(f => f.DecisionId == decision.Id && A036Forms.Contains(f.Type)), decision.Id));
            }

            if (request.Type == RequestType.Dis)
            {
                rows.Add(Deadline(DeadlineRule.DisForm, decision.DecidedOn, LegalDeadlines.DisFormDue(decision.DecidedOn),
                    sent.Any(f => f.DecisionId == decision.Id && DisForms.Contains(f.Type)), decision.Id));
            }
            else if (RequestTypes.IsLoi65(request.Type) && decision.Outcome is DecisionOutcome.Granted or DecisionOutcome.Resumed)
            {
                var start = decision.EffectiveFrom ?? decision.DecidedOn;
                rows.Add(Deadline(DeadlineRule.Loi65FormB, start, loi65.B1Due(start),
                    sent.Any(f => f.DecisionId == decision.Id && f.Type == Domain.CaseFiles.SppIsFormType.Loi65AB), decision.Id));
            }
        }

        var claims = await db.Set<Domain.CaseFiles.SppIsForm>().AsNoTracking()
            .Where(f => f.RequestId == requestId && f.Type == Domain.CaseFiles.SppIsFormType.Loi65D1)
            .Select(f => new { f.IdempotencyKey, f.DueOn, f.SentAt, f.Status, f.DecisionId })
            .ToListAsync(cancellationToken);
        rows.AddRange(claims
            .OrderBy(c => c.DueOn)
            .Select(c => Deadline(DeadlineRule.Loi65FormD, LegalDate.EndOfQuarter(Loi65ExpenseClaims.MonthOf(c.IdempotencyKey)), c.DueOn,
                c.SentAt != null && c.Status != Domain.CaseFiles.SppIsFormStatus.Refused, c.DecisionId)));
        return rows;

        RequestDeadlineRow Deadline(DeadlineRule rule, DateOnly runsFrom, DateOnly due, bool done, Guid? decisionId) =>
            new(rule, runsFrom, due, done, done ? null : DeadlineWatch.StateOn(due, today, DueSoonDays), decisionId);
    }
}
