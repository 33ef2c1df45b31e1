using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>
/// The inbox's operations. Each carries the expected revision and an operation id: a repeated operation id is
/// answered <see cref="TaskOperationStatus.AlreadyApplied"/> (or a conflict when it came with other values), a stale
/// revision or a lost race <see cref="TaskOperationStatus.Conflict"/>. Completing checks the payload in full, then
/// resumes the workflow in the same commit; a refusal of the payload by the step that consumes it writes nothing.
/// </summary>
public sealed class HumanTaskService(IWorkflowStore store, WorkflowRunner runner, TimeProvider clock, FormLimits limits)
{
    /// <summary>Takes an open task for the actor.</summary>
    public Task<TaskOperationResult> ClaimAsync(TaskCommand command, CancellationToken cancellationToken) =>
        ChangeAsync(command, HumanTaskAction.Claimed, task =>
        {
            if (task.Status != HumanTaskStatus.Open)
            {
                return WrongStatus(task, $"Only an open task can be claimed; it is {task.Status}.");
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
                return WrongStatus(task, $"Only a claimed task can be released; it is {task.Status}.");
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
                return WrongStatus(task, $"A {task.Status} task cannot be reassigned.");
            }

            task.Status = HumanTaskStatus.Claimed;
            task.Assignee = assignee;
            return null;
        }, cancellationToken);

    /// <summary>
    /// Offers an open or claimed task to another role (a social worker hands it to the managers): nobody holds it any
    /// more, and whoever has that role may take it.
    /// </summary>
    public Task<TaskOperationResult> OfferToRoleAsync(TaskCommand command, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        return ChangeAsync(command, HumanTaskAction.Reassigned, task =>
        {
            if (task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Claimed))
            {
                return WrongStatus(task, $"A {task.Status} task cannot be handed over.");
            }

            task.Status = HumanTaskStatus.Open;
            task.Assignee = null;
            task.CandidateRole = role;
            task.CandidateTeam = null;
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Completes the task with a payload checked against its form, and resumes the workflow in the same commit. A
    /// refusal by the step that consumes the payload is <see cref="TaskOperationStatus.Rejected"/> with the task as it
    /// was; a technical fault of a step is <see cref="TaskOperationStatus.IncidentOpened"/> with the completion kept.
    /// </summary>
    public async Task<TaskOperationResult> CompleteAsync(TaskCommand command, JsonObject? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        payload ??= [];
        var task = await store.FindTaskAsync(command.TaskId, cancellationToken);
        if (task is null)
        {
            return TaskOperationResult.Missing();
        }

        var refusal = await PriorAsync(task, command, HumanTaskAction.Completed, payload, cancellationToken)
            ?? Stale(task, command)
            ?? (task.Status is HumanTaskStatus.Open or HumanTaskStatus.Claimed ? null : WrongStatus(task, $"A {task.Status} task cannot be completed."));
        if (refusal is not null)
        {
            store.DiscardChanges();
            return refusal;
        }

        var form = FormValidator.Validate(task.ReadForm(), payload, limits, limits.Today(clock.GetUtcNow()));
        if (form.Count > 0)
        {
            store.DiscardChanges();
            return TaskOperationResult.Refused(task.Revision, form);
        }

        var (bookmarkId, revision) = (task.BookmarkId, task.Revision);
        store.DiscardChanges();
        TaskOperationResult? applied = null;
        WorkflowRunResult run;
        try
        {
            run = await runner.ResumeCoreAsync(bookmarkId, payload, command.Actor, async (_, _) =>
            {
                // Read again in the burst: a conflict retry, or the commit of a fault, starts from fresh rows.
                var current = (await store.FindTaskAsync(command.TaskId, cancellationToken))!;
                if ((await PriorAsync(current, command, HumanTaskAction.Completed, payload, cancellationToken) ?? Stale(current, command)) is { } late)
                {
                    throw new TaskRefusedException(late);
                }

                current.Status = HumanTaskStatus.Completed;
                current.Assignee ??= command.Actor;
                current.CompletedAt = clock.GetUtcNow();
                current.CompletedBy = command.Actor;
                current.ResultJson = payload.ToJsonString();
                HumanTaskFactory.Record(store, current, HumanTaskAction.Completed, command.Actor, command.OperationId, clock.GetUtcNow());
                applied = TaskOperationResult.Ok(current.Revision);
            }, cancellationToken);
        }
        catch (TaskRefusedException refused)
        {
            store.DiscardChanges();
            return refused.Result;
        }
        catch (WorkflowConcurrencyException)
        {
            // Every retry lost its race: someone else's change of the task or the instance went first.
            store.DiscardChanges();
            return await AfterRaceAsync(command, HumanTaskAction.Completed, payload, cancellationToken);
        }

        if (run.Refusal is { } refusedByStep)
        {
            return TaskOperationResult.Refused(revision, [refusedByStep]);
        }

        if (run.Applied && applied is not null)
        {
            return run.IncidentId is { } incident ? TaskOperationResult.Incident(applied.Revision, incident) : applied;
        }

        // The bookmark was gone: the task was completed or cancelled by someone, maybe by this very operation.
        return await AfterRaceAsync(command, HumanTaskAction.Completed, payload, cancellationToken);
    }

    /// <summary>Tasks for an inbox, sorted by due date.</summary>
    public Task<IReadOnlyList<HumanTask>> QueryAsync(InboxQuery query, CancellationToken cancellationToken) => store.QueryTasksAsync(query, cancellationToken);

    public Task<HumanTask?> FindAsync(Guid taskId, CancellationToken cancellationToken) => store.FindTaskAsync(taskId, cancellationToken);

    /// <summary>Who did what to the task, in order.</summary>
    public Task<IReadOnlyList<HumanTaskHistoryEntry>> HistoryAsync(Guid taskId, CancellationToken cancellationToken) => store.ListTaskHistoryAsync(taskId, cancellationToken);

    private async Task<TaskOperationResult> ChangeAsync(TaskCommand command, HumanTaskAction action, Func<HumanTask, TaskOperationResult?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var task = await store.FindTaskAsync(command.TaskId, cancellationToken);
        if (task is null)
        {
            return TaskOperationResult.Missing();
        }

        if ((await PriorAsync(task, command, action, payload: null, cancellationToken) ?? Stale(task, command) ?? apply(task)) is { } refusal)
        {
            store.DiscardChanges();
            return refusal;
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
            return await AfterRaceAsync(command, action, payload: null, cancellationToken);
        }
    }

    /// <summary>
    /// The operation id seen before on this task: the same change again is already applied, another change (another
    /// action, or a completion with other values) is a conflict and applies nothing. Null for a new operation id.
    /// </summary>
    private async Task<TaskOperationResult?> PriorAsync(HumanTask task, TaskCommand command, HumanTaskAction action, JsonObject? payload, CancellationToken cancellationToken)
    {
        var history = await store.ListTaskHistoryAsync(task.Id, cancellationToken);
        var prior = history.FirstOrDefault(h => h.OperationId == command.OperationId);
        if (prior is null)
        {
            return null;
        }

        var same = prior.Action == action
            && (action != HumanTaskAction.Completed || JsonNode.DeepEquals(JsonNode.Parse(task.ResultJson ?? "{}"), payload));
        return same
            ? TaskOperationResult.Replayed(task.Revision)
            : TaskOperationResult.Conflicted(task.Revision, new Refusal(
                "operationId", TaskRefusalCodes.OperationReused,
                $"The operation id '{command.OperationId}' was already used for another change of this task; nothing was done.", command.OperationId));
    }

    private static TaskOperationResult? Stale(HumanTask task, TaskCommand command) =>
        task.Revision != command.ExpectedRevision
            ? TaskOperationResult.Conflicted(task.Revision, new Refusal(
                "expectedRevision", TaskRefusalCodes.StaleRevision, $"The task is at revision {task.Revision}, not {command.ExpectedRevision}.",
                task.Revision, command.ExpectedRevision))
            : null;

    private static TaskOperationResult WrongStatus(HumanTask task, string message) =>
        TaskOperationResult.Refused(task.Revision, [new Refusal(string.Empty, TaskRefusalCodes.WrongStatus, message, task.Status)]);

    /// <summary>After a lost race: this very operation may have won it (a repeat), or someone else did.</summary>
    private async Task<TaskOperationResult> AfterRaceAsync(TaskCommand command, HumanTaskAction action, JsonObject? payload, CancellationToken cancellationToken)
    {
        var after = await store.FindTaskAsync(command.TaskId, cancellationToken);
        if (after is null)
        {
            return TaskOperationResult.Missing();
        }

        var result = await PriorAsync(after, command, action, payload, cancellationToken);
        store.DiscardChanges();
        return result ?? TaskOperationResult.Conflicted(after.Revision, after.Status is HumanTaskStatus.Open or HumanTaskStatus.Claimed
            ? new Refusal(string.Empty, TaskRefusalCodes.ChangedMeanwhile, "Someone else changed the task at the same time.")
            : new Refusal(string.Empty, TaskRefusalCodes.WrongStatus, $"The task is already {after.Status}.", after.Status));
    }

    private sealed class TaskRefusedException(TaskOperationResult result) : Exception(string.Join("; ", result.Errors))
    {
        public TaskOperationResult Result { get; } = result;
    }
}
