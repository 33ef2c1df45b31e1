namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>A persisted wait point: the instance sleeps until this bookmark is resumed (task, timer, signal).</summary>
public sealed class Bookmark
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ActivityId { get; set; } = "";

    public BookmarkKind Kind { get; set; }

    public string? SignalName { get; set; }

    public string? CorrelationKey { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public Guid? TaskId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
