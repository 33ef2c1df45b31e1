using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// A task of the inbox with the form its completion must fill. <c>revision</c> goes back in every operation on it, so
/// that a task changed by someone else meanwhile is refused (409) rather than overwritten.
/// </summary>
public sealed record TaskDto(
    Guid Id,
    string Type,
    string Title,
    string Status,
    Guid? CaseId,
    Guid? RequestId,
    string? CandidateRole,
    string? Assignee,
    DateTimeOffset? DueAt,
    bool Overdue,
    int Priority,
    int Revision,
    DateTimeOffset CreatedAt,
    IReadOnlyList<FormField> Form,
    string? CaseReference = null)
{
    public static TaskDto From(HumanTask task, DateTimeOffset now, string? caseReference = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskDto(
            task.Id,
            task.TaskType,
            task.Title,
            task.Status.ToString(),
            Guid.TryParse(task.CaseId, out var caseId) ? caseId : null,
            Guid.TryParse(task.RequestId, out var requestId) ? requestId : null,
            task.CandidateRole,
            task.Assignee,
            task.DueAt,
            task.DueAt is { } due && due < now && task.Status is HumanTaskStatus.Open or HumanTaskStatus.Claimed,
            task.Priority,
            task.Revision,
            task.CreatedAt,
            task.ReadForm(),
            caseReference);
    }
}
