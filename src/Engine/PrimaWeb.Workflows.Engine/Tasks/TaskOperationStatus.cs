namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>How a task operation ended.</summary>
public enum TaskOperationStatus
{
    Succeeded = 0,

    /// <summary>The same operation id was already applied: nothing was done again.</summary>
    AlreadyApplied = 1,

    /// <summary>The task changed since the expected revision (or someone else won a race).</summary>
    Conflict = 2,

    /// <summary>The operation is not allowed in the task's status, or the payload breaks the form's rules.</summary>
    Rejected = 3,

    NotFound = 4,
}
