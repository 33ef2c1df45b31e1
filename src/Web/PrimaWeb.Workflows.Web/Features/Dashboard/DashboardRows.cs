using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Deadlines;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Web.Features.Dashboard;

/// <summary>A request waiting for the Council's decision, with its age in days and the Council's open task.</summary>
public sealed record PendingDecisionRow(
    Guid RequestId, Guid CaseId, string CaseReference, RequestType RequestType, DateOnly ReceivedOn, int AgeDays, DateOnly DecisionDueOn,
    string? SocialWorkerId, Guid? TaskId);

/// <summary>
/// An outstanding legal deadline: the rule it comes from, the day it runs from (reception, decision, start of the aid,
/// expenses' quarter), the day it falls due and its state on the day the list was read.
/// </summary>
public sealed record DeadlineRow(
    DeadlineRule Rule, DeadlineState State, DateOnly DueOn, DateOnly RunsFrom, Guid RequestId, Guid CaseId, string CaseReference,
    RequestType RequestType, Guid? DecisionId, string? SocialWorkerId);

/// <summary>A form the SPP-IS refused, still waiting to be handled (its follow-up task is open).</summary>
public sealed record SppIsRefusalRow(
    Guid FormRecordId, Guid CaseId, string CaseReference, Guid RequestId, RequestType RequestType, SppIsFormType FormType, SppIsFormStatus Status,
    DateTimeOffset AnsweredAt, IReadOnlyList<SppIsAnswerReason> Reasons, Guid? TaskId, string? SocialWorkerId);

/// <summary>A BCSS integration line of a case's main person that ends within the next 30 days.</summary>
public sealed record ExpiringIntegrationRow(Guid CaseId, string CaseReference, int CapacityCode, DateOnly Start, DateOnly End, int DaysLeft, string? SocialWorkerId);

/// <summary>An open incident of a request of the CPAS (the operator's list has more: see the incidents API).</summary>
public sealed record DashboardIncidentRow(
    Guid IncidentId, Guid RequestId, Guid CaseId, string CaseReference, RequestType RequestType, string ActivityId, string ActivityType, int Attempts,
    DateTimeOffset CreatedAt, string? SocialWorkerId);

/// <summary>A social worker's open tasks (null: the tasks nobody took yet), how many are overdue, and since when the oldest waits.</summary>
public sealed record WorkloadRow(string? SocialWorkerId, int OpenTasks, int OverdueTasks, DateTimeOffset? OldestTaskSince, Guid? OldestTaskId);

/// <summary>One week of the charts: requests filed and decided, median days to a first decision, decisions overdue at its end.</summary>
public sealed record WeeklyFigures(DateOnly WeekStart, int Filed, int Decided, double? MedianDaysToDecision, int OverdueAtEnd);

/// <summary>The deadlines of one request, done or not, as the rules compute them.</summary>
public sealed record RequestDeadlineRow(DeadlineRule Rule, DateOnly RunsFrom, DateOnly DueOn, bool Done, DeadlineState? State, Guid? DecisionId);
