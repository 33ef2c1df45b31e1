namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A request of the case, with its decisions (oldest first) and the workflow instance that runs it.</summary>
public sealed record RequestSummaryDto(Guid Id, string Type, string ReceivedOn, string Status, Guid? WorkflowInstanceId, IReadOnlyList<DecisionDto> Decisions);
