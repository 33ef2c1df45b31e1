namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// A migration run in the background, instance by instance, so that it shows its progress and resumes after a restart:
/// the plan and the chosen instances are stored first (<see cref="MigrationBatchItem"/>, one per instance), then each
/// instance is moved in its own commit together with its item's result. A restarted job takes the items still pending.
/// </summary>
public sealed class MigrationBatch
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public int FromVersion { get; set; }

    public int ToVersion { get; set; }

    /// <summary>The explicit moves, <c>from=to</c> per line (ids absent keep their name).</summary>
    public string Mapping { get; set; } = "";

    public MigrationBatchStatus Status { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Total { get; set; }

    /// <summary>The mapping as the engine reads it.</summary>
    public IReadOnlyDictionary<string, string> ActivityMapping() =>
        Mapping.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    /// <summary>Writes a mapping in the stored form.</summary>
    public static string MappingText(IReadOnlyDictionary<string, string> mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return string.Join("\n", mapping.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}={m.Value}"));
    }
}

/// <summary>Where a batch stands.</summary>
public enum MigrationBatchStatus
{
    Pending = 0,
    Running = 1,
    Finished = 2,
}

/// <summary>One instance of a batch and what became of it.</summary>
public sealed class MigrationBatchItem
{
    public Guid BatchId { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The order in which the batch takes its instances.</summary>
    public int Position { get; set; }

    public MigrationItemStatus Status { get; set; }

    /// <summary>The moves made, or why the instance could not move.</summary>
    public string Detail { get; set; } = "";

    public DateTimeOffset? At { get; set; }
}

/// <summary>What became of one instance of a batch.</summary>
public enum MigrationItemStatus
{
    Pending = 0,
    Moved = 1,
    Refused = 2,
}
