namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>The result of a task operation, with the task's current revision and the reasons of a refusal.</summary>
public sealed record TaskOperationResult(TaskOperationStatus Status, int Revision, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Status is TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied;

    internal static TaskOperationResult Ok(int revision) => new(TaskOperationStatus.Succeeded, revision, []);

    internal static TaskOperationResult Replayed(int revision) => new(TaskOperationStatus.AlreadyApplied, revision, []);

    internal static TaskOperationResult Conflicted(int revision, string reason) => new(TaskOperationStatus.Conflict, revision, [reason]);

    internal static TaskOperationResult Refused(int revision, params string[] reasons) => new(TaskOperationStatus.Rejected, revision, reasons);

    internal static TaskOperationResult Missing() => new(TaskOperationStatus.NotFound, 0, ["No such task."]);
}
