namespace PrimaWeb.Workflows.Engine.EFCore.Journal;

/// <summary>
/// The journal lines one commit wrote for one instance, stored as one row (<see cref="LinesJson"/>, see
/// <see cref="JournalBatchJson"/>): a burst journals about two lines per activity, and one row instead of ten is most
/// of what a durable burst costs less. <see cref="Position"/> is assigned by the database and orders an instance's
/// batches (its bursts are serialised by the instance's concurrency column).
/// </summary>
public sealed class JournalBatch
{
    public long Position { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>When the first line was written.</summary>
    public DateTimeOffset At { get; set; }

    public string LinesJson { get; set; } = "[]";
}
