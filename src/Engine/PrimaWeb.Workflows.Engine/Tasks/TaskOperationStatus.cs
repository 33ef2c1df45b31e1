namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>How a task operation ended.</summary>
public enum TaskOperationStatus
{
    Succeeded = 0,

    /// <summary>The same operation id was already applied with the same values: nothing was done again.</summary>
    AlreadyApplied = 1,

    /// <summary>
    /// The task changed since the expected revision, someone else won a race, or the operation id was already used for
    /// another change: nothing was done.
    /// </summary>
    Conflict = 2,

    /// <summary>The operation is not allowed in the task's status, or the payload breaks a rule: nothing was done.</summary>
    Rejected = 3,

    NotFound = 4,

    /// <summary>
    /// The completion is recorded, but a step after it failed for a technical reason: an incident holds the workflow
    /// until it is retried.
    /// </summary>
    IncidentOpened = 5,
}
