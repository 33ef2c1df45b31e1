namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>What a migration does (or would do) to one instance, or why it cannot.</summary>
public sealed record InstanceMigration(Guid InstanceId, bool CanMigrate, IReadOnlyList<ActivityMove> Moves, IReadOnlyList<string> Reasons);
