namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// A filter over tasks of one tenant, sorted by due date (no due date last) then priority (highest first). Each set
/// criterion narrows the result; <see cref="Teams"/> and <see cref="Roles"/> match candidate team or role.
/// </summary>
public sealed record InboxQuery(string TenantId)
{
    public string? Assignee { get; init; }

    public IReadOnlyList<string>? Teams { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public string? CaseId { get; init; }

    public string? TaskType { get; init; }

    /// <summary>Only tasks whose due date is before this instant (overdue at that time).</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Statuses to include; open and claimed when null.</summary>
    public IReadOnlyList<HumanTaskStatus>? Statuses { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
