namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>
/// What a migration does (or would do) to one instance, or why it cannot: <see cref="Reasons"/> in English for logs and
/// the batch's record, <see cref="Refusals"/> the same as data.
/// </summary>
public sealed record InstanceMigration(Guid InstanceId, bool CanMigrate, IReadOnlyList<ActivityMove> Moves, IReadOnlyList<string> Reasons)
{
    public IReadOnlyList<MigrationRefusal> Refusals { get; init; } = [];
}
