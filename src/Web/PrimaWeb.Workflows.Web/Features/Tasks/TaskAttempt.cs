using PrimaWeb.Workflows.Engine.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// What became of a user's operation on a task: the engine's result, or — before the engine was asked — a task
/// unknown to the user's CPAS (<see cref="TaskOperationStatus.NotFound"/>) or one they may not work (<see cref="Denied"/>).
/// </summary>
public sealed record TaskAttempt(TaskOperationResult Result, TaskAccess? Denied = null)
{
    public static TaskAttempt NotFound { get; } = new(new TaskOperationResult(TaskOperationStatus.NotFound, 0, []));
}
