namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// The state an instance reached after a burst. <see cref="Applied"/> is false when nothing was done (the bookmark
/// was already resumed, the timer already fired or is not due): repeated deliveries are harmless.
/// </summary>
public sealed record WorkflowRunResult(Guid InstanceId, WorkflowStatus Status, bool Applied)
{
    internal static WorkflowRunResult NotApplied(Guid instanceId = default) => new(instanceId, WorkflowStatus.Running, false);
}
