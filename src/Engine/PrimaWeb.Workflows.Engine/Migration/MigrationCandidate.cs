using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Migration;

/// <summary>A running instance that a migration may move: when it started and the activities where it waits.</summary>
public sealed record MigrationCandidate(
    Guid InstanceId, string? CorrelationKey, string? TenantId, DateTimeOffset CreatedAt, WorkflowStatus Status, IReadOnlyList<string> WaitingAt);
