namespace PrimaWeb.Workflows.Engine.Timers;

/// <summary>
/// A due instant kept in the database, keyed by its bookmark. The database is the source of truth: the scheduler only
/// holds a copy, re-armed from these rows on start-up.
/// </summary>
public sealed class WorkflowTimer
{
    public Guid BookmarkId { get; set; }

    public Guid InstanceId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
