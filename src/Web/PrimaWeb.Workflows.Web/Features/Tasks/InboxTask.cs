using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// One line of the inbox; <see cref="Title"/> is in the user's language (the task type's name when it has one);
/// <see cref="Revision"/> goes back with a claim, release or reassignment as the expected revision.
/// </summary>
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
    int Revision)
{
    /// <summary>The case's main person (<c>LAST First</c>), when the task has a case of the CPAS.</summary>
    public string? PersonName { get; init; }

    /// <summary>That person's NISS in its printed form.</summary>
    public string? PersonNiss { get; init; }
}
