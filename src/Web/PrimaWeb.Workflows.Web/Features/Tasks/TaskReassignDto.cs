namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>A manager gives a task to a colleague: the revision they saw, an id for this operation, the colleague's user id.</summary>
public sealed record TaskReassignDto(int? ExpectedRevision, string? OperationId, string? Assignee);
