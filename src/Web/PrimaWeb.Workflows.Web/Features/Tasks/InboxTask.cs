using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>One line of the inbox; <see cref="Revision"/> goes back with a claim or release as the expected revision.</summary>
public sealed record InboxTask(
    Guid Id,
    string Title,
    string TaskType,
    Guid? CaseId,
    string? CaseReference,
    DateTimeOffset? DueAt,
    int Priority,
    HumanTaskStatus Status,
    string? Assignee,
    int Revision);
