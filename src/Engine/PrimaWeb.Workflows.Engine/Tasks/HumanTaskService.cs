using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// The inbox's operations. Each carries the expected revision and an operation id: a repeated operation id is
/// answered <see cref="TaskOperationStatus.AlreadyApplied"/>, a stale revision or a lost race
/// <see cref="TaskOperationStatus.Conflict"/>. Completing resumes the workflow in the same commit.
/// </summary>
public sealed class HumanTaskService(IWorkflowStore store, WorkflowRunner runner, TimeProvider clock)
{
    /// <summary>Takes an open task for the actor.</summary>
    public Task<TaskOperationResult> ClaimAsync(TaskCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(command, HumanTaskAction.Claimed, task =>
        {
            if (task.Status != HumanTaskStatus.Open)
            {
                return $"Only an open task can be claimed; it is {task.Status}.";
            }

            task.Status = HumanTaskStatus.Claimed;
            task.Assignee = command.Actor;
            return null;
        }, cancellationToken);

    /// <summary>Gives a claimed task back to its candidates.</summary>
    public Task<TaskOperationResult> ReleaseAsync(TaskCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(command, HumanTaskAction.Released, task =>
        {
            if (task.Status != HumanTaskStatus.Claimed)
            {
                return $"Only a claimed task can be released; it is {task.Status}.";
            }

            task.Status = HumanTaskStatus.Open;
            task.Assignee = null;
            return null;
        }, cancellationToken);

    /// <summary>Assigns an open or claimed task to someone else.</summary>
    public Task<TaskOperationResult> ReassignAsync(TaskCommand command, string assignee, CancellationToken cancellationToken) =>
        ChangeAsync(command, HumanTaskAction.Reassigned, task =>
        {
            if (task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Claimed))
            {
                return $"A {task.Status} task cannot be reassigned.";
            }

            task.Status = HumanTaskStatus.Claimed;
            task.Assignee = assignee;
            return null;
        }, cancellationToken);

    /// <summary>Completes the task with a payload checked against its form, and resumes the workflow in the same commit.</summary>
    public async Task<TaskOperationResult> CompleteAsync(TaskCommand command, JsonObject? payload, CancellationToken cancellationToken)
    {
        var task = await store.FindTaskAsync(command.TaskId, cancellationToken);
        if (task is null)
        {
            return TaskOperationResult.Missing();
        }

        var bookmarkId = task.BookmarkId;
        store.DiscardChanges();
        TaskOperationResult? applied = null;
        try
        {
            var run = await runner.ResumeCoreAsync(bookmarkId, payload, command.Actor, async (_, _) =>
            {
                var current = await store.FindTaskAsync(command.TaskId, cancellationToken);
                var refusal = await CheckAsync(current!, command, cancellationToken);
                if (refusal is not null)
                {
                    throw new TaskRefusedException(refusal);
                }

                if (current!.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Claimed))
                {
                    throw new TaskRefusedException(TaskOperationResult.Refused(current.Revision, $"A {current.Status} task cannot be completed."));
                }

                var errors = FormValidator.Validate(current.ReadForm(), payload);
                if (errors.Count > 0)
                {
                    throw new TaskRefusedException(TaskOperationResult.Refused(current.Revision, [.. errors]));
                }

                current.Status = HumanTaskStatus.Completed;
                current.Assignee ??= command.Actor;
                current.CompletedAt = clock.GetUtcNow();
                current.CompletedBy = command.Actor;
                current.ResultJson = payload?.ToJsonString();
                HumanTaskFactory.Record(store, current, HumanTaskAction.Completed, command.Actor, command.OperationId, clock.GetUtcNow());
                applied = TaskOperationResult.Ok(current.Revision);
            }, cancellationToken);

            if (run.Applied && applied is not null)
            {
                return applied;
            }
        }
        catch (TaskRefusedException refused)
        {
            store.DiscardChanges();
            return refused.Result;
        }

        // The bookmark was gone: the task was completed or cancelled by someone, maybe by this very operation.
        var after = await store.FindTaskAsync(command.TaskId, cancellationToken);
        var history = await store.ListTaskHistoryAsync(command.TaskId, cancellationToken);
        return history.Any(h => h.OperationId == command.OperationId)
            ? TaskOperationResult.Replayed(after!.Revision)
            : TaskOperationResult.Conflicted(after!.Revision, $"The task is already {after.Status}.");
    }

    /// <summary>Tasks for an inbox, sorted by due date.</summary>
    public Task<IReadOnlyList<HumanTask>> QueryAsync(InboxQuery query, CancellationToken cancellationToken) => store.QueryTasksAsync(query, cancellationToken);

    public Task<HumanTask?> FindAsync(Guid taskId, CancellationToken cancellationToken) => store.FindTaskAsync(taskId, cancellationToken);

    /// <summary>Who did what to the task, in order.</summary>
    public Task<IReadOnlyList<HumanTaskHistoryEntry>> HistoryAsync(Guid taskId, CancellationToken cancellationToken) => store.ListTaskHistoryAsync(taskId, cancellationToken);

    private async Task<TaskOperationResult> ChangeAsync(TaskCommand command, HumanTaskAction action, Func<HumanTask, string?> apply, CancellationToken cancellationToken)
    {
        var task = await store.FindTaskAsync(command.TaskId, cancellationToken);
        if (task is null)
        {
            return TaskOperationResult.Missing();
        }

        if (await CheckAsync(task, command, cancellationToken) is { } refusal)
        {
            store.DiscardChanges();
            return refusal;
        }

        if (apply(task) is { } reason)
        {
            store.DiscardChanges();
            return TaskOperationResult.Refused(task.Revision, reason);
        }

        HumanTaskFactory.Record(store, task, action, command.Actor, command.OperationId, clock.GetUtcNow());
        try
        {
            await store.SaveChangesAsync(cancellationToken);
            return TaskOperationResult.Ok(task.Revision);
        }
        catch (WorkflowConcurrencyException)
        {
            store.DiscardChanges();
            var current = await store.FindTaskAsync(command.TaskId, cancellationToken);
            return TaskOperationResult.Conflicted(current?.Revision ?? 0, "Someone else changed the task at the same time.");
        }
    }

    /// <summary>A replayed operation id, then a stale revision; null when the operation may go on.</summary>
    private async Task<TaskOperationResult?> CheckAsync(HumanTask task, TaskCommand command, CancellationToken cancellationToken)
    {
        var history = await store.ListTaskHistoryAsync(task.Id, cancellationToken);
        if (history.Any(h => h.OperationId == command.OperationId))
        {
            return TaskOperationResult.Replayed(task.Revision);
        }

        return task.Revision != command.ExpectedRevision
            ? TaskOperationResult.Conflicted(task.Revision, $"The task is at revision {task.Revision}, not {command.ExpectedRevision}.")
            : null;
    }

    private sealed class TaskRefusedException(TaskOperationResult result) : Exception(string.Join("; ", result.Errors))
    {
        public TaskOperationResult Result { get; } = result;
    }
}
