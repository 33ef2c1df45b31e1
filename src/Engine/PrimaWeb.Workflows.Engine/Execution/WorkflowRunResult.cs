namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// The state an instance reached after a burst. <see cref="Applied"/> is false when nothing was done (the bookmark
/// was already resumed, the timer already fired or is not due): repeated deliveries are harmless. A burst that
/// faulted is applied as the fault: <see cref="IncidentId"/> names the incident now holding the instance. A refused
/// burst (<see cref="Refusal"/>) wrote nothing.
/// </summary>
public sealed record WorkflowRunResult(Guid InstanceId, WorkflowStatus Status, bool Applied)
{
    /// <summary>The incident this burst's fault opened or updated; null when the burst ran without a fault.</summary>
    public Guid? IncidentId { get; init; }

    /// <summary>Why an activity refused the burst's input; nothing was written.</summary>
    public Refusal? Refusal { get; init; }

    internal static WorkflowRunResult NotApplied(Guid instanceId = default) => new(instanceId, WorkflowStatus.Running, false);

    internal static WorkflowRunResult Refused(Refusal refusal) => new(default, WorkflowStatus.Running, false) { Refusal = refusal };
}
