namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>The codes of the refusals of a task operation itself (its form's rules are <see cref="FormErrorCodes"/>).</summary>
public static class TaskRefusalCodes
{
    /// <summary>The task is at another revision (arguments: the current and the expected revision).</summary>
    public const string StaleRevision = "StaleRevision";

    /// <summary>Someone else changed the task at the same time.</summary>
    public const string ChangedMeanwhile = "ChangedMeanwhile";

    /// <summary>The operation id was already used for another change of this task (argument: the operation id).</summary>
    public const string OperationReused = "OperationReused";

    /// <summary>The operation is not allowed in the task's status (argument: the status).</summary>
    public const string WrongStatus = "WrongStatus";

    /// <summary>No such task.</summary>
    public const string NotFound = "NotFound";

    public static IReadOnlyList<string> All { get; } = [StaleRevision, ChangedMeanwhile, OperationReused, WrongStatus, NotFound];
}
