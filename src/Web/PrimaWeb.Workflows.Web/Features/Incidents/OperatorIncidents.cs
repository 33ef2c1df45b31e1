using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Incidents;

/// <summary>
/// The operator's view of the engine's incidents, for the page and the API alike: the open incidents of the user's
/// CPAS, and retry, skip or cancel of a selection through the engine's <see cref="IncidentService"/>, with the result
/// per incident. An incident of another CPAS is not found, as an unknown one.
/// </summary>
public sealed class OperatorIncidents(PrimaWebDbContext db, IncidentService incidents, IActivityRegistry activities, ICurrentUser user)
{
    /// <summary>The most incidents a list shows and an action takes at once.</summary>
    public const int MaxIncidents = 500;

    public async Task<IReadOnlyList<OperatorIncidentRow>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var tenant = user.TenantCode;
        var rows = await (
                from incident in db.Set<Incident>().AsNoTracking()
                where incident.Status == IncidentStatus.Open
                join instance in db.Set<WorkflowInstance>().AsNoTracking() on incident.InstanceId equals instance.Id
                where instance.TenantId == tenant
                join request in db.Requests.AsNoTracking() on (Guid?)instance.Id equals request.WorkflowInstanceId into requests
                from request in requests.DefaultIfEmpty()
                join @case in db.Cases.AsNoTracking() on request.CaseId equals @case.Id into cases
                from @case in cases.DefaultIfEmpty()
                orderby incident.CreatedAt
                select new
                {
                    incident.Id,
                    incident.InstanceId,
                    incident.DefinitionId,
                    CaseId = (Guid?)@case.Id,
                    CaseReference = (string?)@case.Reference,
                    RequestType = (RequestType?)request.Type,
                    incident.ActivityId,
                    incident.ActivityType,
                    incident.Error,
                    incident.Attempts,
                    incident.CreatedAt,
                    incident.NextRetryAt,
                })
            .Take(MaxIncidents)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OperatorIncidentRow(
            r.Id, r.InstanceId, r.DefinitionId, r.CaseId, r.CaseReference, r.RequestType, r.ActivityId, r.ActivityType, r.Error, r.Attempts, r.CreatedAt,
            r.NextRetryAt, OutcomesOf(r.ActivityType)))];
    }

    /// <summary>Takes the action on each incident in turn; one that fails does not stop the others.</summary>
    public async Task<IReadOnlyList<IncidentActionResult>> ActAsync(IncidentAction action, IReadOnlyCollection<Guid> incidentIds, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incidentIds);
        var results = new List<IncidentActionResult>();
        foreach (var id in incidentIds.Distinct())
        {
            results.Add(new IncidentActionResult(id, await ActOnAsync(action, id, outcome, cancellationToken)));
        }

        return results;
    }

    private async Task<IncidentActionOutcome> ActOnAsync(IncidentAction action, Guid id, string? outcome, CancellationToken cancellationToken)
    {
        var tenant = user.TenantCode;
        var found = await (
                from incident in db.Set<Incident>().AsNoTracking()
                where incident.Id == id
                join instance in db.Set<WorkflowInstance>().AsNoTracking() on incident.InstanceId equals instance.Id
                where instance.TenantId == tenant
                select new { incident.Status, incident.ActivityType })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return IncidentActionOutcome.NotFound;
        }

        if (found.Status != IncidentStatus.Open)
        {
            return IncidentActionOutcome.NotOpen;
        }

        if (action == IncidentAction.Skip && outcome is not null && !OutcomesOf(found.ActivityType).Contains(outcome, StringComparer.Ordinal))
        {
            return IncidentActionOutcome.OutcomeNotAllowed;
        }

        var applied = action switch
        {
            IncidentAction.Retry => await incidents.RetryAsync(id, user.UserId, cancellationToken),
            IncidentAction.Skip => await incidents.SkipAsync(id, outcome, user.UserId, cancellationToken),
            _ => await incidents.CancelAsync(id, user.UserId, cancellationToken),
        };
        var status = await db.Set<Incident>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Status).SingleAsync(cancellationToken);
        return status switch
        {
            IncidentStatus.Resolved => IncidentActionOutcome.Retried,
            IncidentStatus.Skipped => IncidentActionOutcome.Skipped,
            IncidentStatus.Cancelled => IncidentActionOutcome.Cancelled,

            // The replay faulted again: the incident stays open with one more attempt.
            IncidentStatus.Open => IncidentActionOutcome.Failed,
            _ => applied ? IncidentActionOutcome.Failed : IncidentActionOutcome.NotOpen,
        };
    }

    /// <summary>The outcomes a step of this activity can take when skipped (its latest version's).</summary>
    private IReadOnlyList<string> OutcomesOf(string activityType) =>
        activities.List().Where(d => d.Type == activityType).OrderByDescending(d => d.Version).FirstOrDefault()?.Outcomes ?? [];
}

/// <summary>An open incident: where it happened (instance, case, step), what failed, how often, and when it is retried next.</summary>
public sealed record OperatorIncidentRow(
    Guid IncidentId, Guid InstanceId, string DefinitionId, Guid? CaseId, string? CaseReference, RequestType? RequestType, string ActivityId,
    string ActivityType, string Error, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextRetryAt, IReadOnlyList<string> Outcomes);

/// <summary>What an operator does to incidents.</summary>
public enum IncidentAction
{
    /// <summary>Replays the step that failed.</summary>
    Retry,

    /// <summary>Goes on with an outcome of the step (its first when none is chosen) without running it.</summary>
    Skip,

    /// <summary>Ends the request's workflow.</summary>
    Cancel,
}

/// <summary>What came of an action on one incident.</summary>
public enum IncidentActionOutcome
{
    Retried,
    Skipped,
    Cancelled,

    /// <summary>The step failed again: the incident is still open.</summary>
    Failed,

    /// <summary>Someone (or an automatic retry) closed it meanwhile.</summary>
    NotOpen,

    /// <summary>No open incident of the user's CPAS has this id.</summary>
    NotFound,

    /// <summary>The step cannot take the outcome asked for.</summary>
    OutcomeNotAllowed,
}

/// <summary>The result of an action on one incident.</summary>
public sealed record IncidentActionResult(Guid IncidentId, IncidentActionOutcome Outcome);
