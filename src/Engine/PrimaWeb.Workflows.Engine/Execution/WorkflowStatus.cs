namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>Status of an instance.</summary>
public enum WorkflowStatus
{
    Running = 0,
    Suspended = 1,
    Completed = 2,
    Faulted = 3,
    Cancelled = 4,
}
