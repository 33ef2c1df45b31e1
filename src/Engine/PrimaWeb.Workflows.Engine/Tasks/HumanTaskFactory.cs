using System.Text.Json;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>Creates tasks and writes their history, so that every change of a task bumps its revision the same way.</summary>
internal static class HumanTaskFactory
{
    public static HumanTask Open(IWorkflowStore store, WorkflowInstance instance, string activityId, Guid bookmarkId, HumanTaskRequest request, string? actor, DateTimeOffset now)
    {
        var task = new HumanTask
        {
            Id = Guid.NewGuid(),
            InstanceId = instance.Id,
            BookmarkId = bookmarkId,
            ActivityId = activityId,
            TaskType = request.TaskType,
            Title = request.Title,
            TenantId = instance.TenantId ?? "",
            CaseId = request.CaseId,
            RequestId = request.RequestId,
            CandidateRole = request.CandidateRole,
            CandidateTeam = request.CandidateTeam,
            Assignee = request.Assignee,
            DueAt = request.DueAt?.ToUniversalTime(),
            Priority = request.Priority,
            Status = request.Assignee is null ? HumanTaskStatus.Open : HumanTaskStatus.Claimed,
            FormJson = JsonSerializer.Serialize(request.Form ?? [], TaskJson.Options),
            CreatedAt = now,
        };
        store.AddTask(task);
        Record(store, task, HumanTaskAction.Created, actor, operationId: null, now);
        return task;
    }

    public static void Record(IWorkflowStore store, HumanTask task, HumanTaskAction action, string? actor, string? operationId, DateTimeOffset now)
    {
        task.Revision++;
        store.AddTaskHistory(new HumanTaskHistoryEntry
        {
            Id = Guid.NewGuid(),
            TaskId = task.Id,
            Action = action,
            Actor = actor,
            Assignee = task.Assignee,
            OperationId = operationId,
            Revision = task.Revision,
            At = now,
        });
    }
}
