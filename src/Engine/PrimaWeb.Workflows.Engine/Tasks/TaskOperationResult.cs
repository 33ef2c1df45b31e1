using PrimaWeb.Workflows.Engine.Execution;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// The result of a task operation, with the task's current revision and, when it was not applied, the refusals as
/// data (field, code, arguments) and in English (<see cref="Errors"/>).
/// </summary>
public sealed record TaskOperationResult(TaskOperationStatus Status, int Revision, IReadOnlyList<Refusal> Refusals)
{
    /// <summary>Done now or before: the caller's intention holds.</summary>
    public bool Succeeded => Status is TaskOperationStatus.Succeeded or TaskOperationStatus.AlreadyApplied;

    /// <summary>The refusals' English sentences.</summary>
    public IReadOnlyList<string> Errors => [.. Refusals.Select(r => r.Message)];

    /// <summary>With <see cref="TaskOperationStatus.IncidentOpened"/>: the incident that holds the workflow.</summary>
    public Guid? IncidentId { get; init; }

    internal static TaskOperationResult Ok(int revision) => new(TaskOperationStatus.Succeeded, revision, []);

    internal static TaskOperationResult Replayed(int revision) => new(TaskOperationStatus.AlreadyApplied, revision, []);

    internal static TaskOperationResult Incident(int revision, Guid incidentId) =>
        new(TaskOperationStatus.IncidentOpened, revision, []) { IncidentId = incidentId };

    internal static TaskOperationResult Conflicted(int revision, Refusal reason) => new(TaskOperationStatus.Conflict, revision, [reason]);

    internal static TaskOperationResult Refused(int revision, IReadOnlyList<Refusal> reasons) => new(TaskOperationStatus.Rejected, revision, reasons);

    internal static TaskOperationResult Missing() =>
        new(TaskOperationStatus.NotFound, 0, [new Refusal(string.Empty, TaskRefusalCodes.NotFound, "No such task.")]);
}
