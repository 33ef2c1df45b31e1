namespace PrimaWeb.Workflows.Engine.Journal;

/// <summary>
/// One line of an instance's journal. Lean by default: <see cref="DataJson"/> holds only inputs whose descriptor opts
/// in, never the activity's payloads.
/// </summary>
public sealed class JournalEntry
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>Orders entries written at the same instant.</summary>
    public long Sequence { get; set; }

    public JournalEventKind Kind { get; set; }

    public string? ActivityId { get; set; }

    public string? ActivityType { get; set; }

    public string? Outcome { get; set; }

    public string? Actor { get; set; }

    public string? Message { get; set; }

    public string? DataJson { get; set; }

    public DateTimeOffset At { get; set; }
}
