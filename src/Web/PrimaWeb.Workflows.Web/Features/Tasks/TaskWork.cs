using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The one way to read and work tasks, for the inbox and task pages as for <c>/api/tasks</c>: a task of another CPAS is
/// answered "not found" like an unknown one (engine rows are exempt from the tenant filter, so the tenant is checked
/// here), and only who <see cref="TaskAccess"/> allows may claim, release or complete it.
/// </summary>
public sealed class TaskWork(HumanTaskService tasks, IInboxQueries inbox, PrimaWebDbContext db, CaseQueries cases, ICurrentUser user)
{
    /// <summary>The task, when it belongs to the user's CPAS.</summary>
    public async Task<HumanTask?> FindAsync(Guid taskId, CancellationToken cancellationToken) =>
        await tasks.FindAsync(taskId, cancellationToken) is { } task && string.Equals(task.TenantId, user.TenantCode, StringComparison.Ordinal)
            ? task
            : null;

    public TaskAccess AccessTo(HumanTask task) => TaskAccess.Of(task, user);

    /// <summary>The task with its history, case and request, and whether the user may work it.</summary>
    public async Task<TaskDetails?> DetailsAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (await FindAsync(taskId, cancellationToken) is not { } task)
        {
            return null;
        }

        var history = await tasks.HistoryAsync(taskId, cancellationToken);
        var @case = Guid.TryParse(task.CaseId, out var caseId) ? await cases.FindAsync(caseId, cancellationToken) : null;
        TaskRequest? request = null;
        if (Guid.TryParse(task.RequestId, out var requestId))
        {
            request = await db.Requests.AsNoTracking()
                .Where(r => r.Id == requestId)
                .Select(r => new TaskRequest(r.Id, r.Type, r.ReceivedOn, r.Status))
                .SingleOrDefaultAsync(cancellationToken);
        }

        return new TaskDetails(task, task.ReadForm(), [.. history.OrderBy(h => h.At)], @case, request, AccessTo(task));
    }

    /// <summary>The inbox: one tab, narrowed by the criteria, sorted by due date then priority.</summary>
    public Task<IReadOnlyList<InboxRow>> ListAsync(InboxTab tab, InboxCriteria criteria, CancellationToken cancellationToken) =>
        inbox.ListRowsAsync(tab, criteria, cancellationToken);

    public Task<TaskAttempt> ClaimAsync(Guid taskId, int expectedRevision, string operationId, CancellationToken cancellationToken) =>
        AttemptAsync(taskId, expectedRevision, operationId, command => tasks.ClaimAsync(command, cancellationToken), cancellationToken);

    public Task<TaskAttempt> ReleaseAsync(Guid taskId, int expectedRevision, string operationId, CancellationToken cancellationToken) =>
        AttemptAsync(taskId, expectedRevision, operationId, command => tasks.ReleaseAsync(command, cancellationToken), cancellationToken);

    /// <summary>Offers the task to everyone of another role (a social worker hands a refusal to the managers).</summary>
    public Task<TaskAttempt> HandToRoleAsync(Guid taskId, int expectedRevision, string operationId, string role, CancellationToken cancellationToken) =>
        AttemptAsync(taskId, expectedRevision, operationId, command => tasks.OfferToRoleAsync(command, role, cancellationToken), cancellationToken);

    /// <summary>
    /// Gives the task to a colleague of the CPAS (a member of its staff): a manager's decision
    /// (<see cref="TaskAccess.MayReassign"/>), refused to anyone else whoever holds the task.
    /// </summary>
    public async Task<TaskAttempt> ReassignAsync(Guid taskId, int expectedRevision, string operationId, string assignee, CancellationToken cancellationToken)
    {
        if (!TaskAccess.MayReassign(user))
        {
            // Refused whatever the task: the answer says nothing of whether it exists.
            return new TaskAttempt(new TaskOperationResult(TaskOperationStatus.Rejected, 0, []), TaskAccess.ReassignRefused);
        }

        if (!await db.StaffMembers.AnyAsync(member => member.UserId == assignee, cancellationToken))
        {
            return await FindAsync(taskId, cancellationToken) is { } task
                ? new TaskAttempt(new TaskOperationResult(TaskOperationStatus.Rejected, task.Revision,
                    [new Refusal("assignee", RuleCodes.UnknownValue, $"'{assignee}' is not a member of the CPAS's staff.", assignee)]))
                : TaskAttempt.NotFound;
        }

        return await AttemptAsync(taskId, expectedRevision, operationId, command => tasks.ReassignAsync(command, assignee, cancellationToken), cancellationToken);
    }

    /// <summary>The colleagues a manager may give a task to: the CPAS's staff, by name.</summary>
    public async Task<IReadOnlyList<StaffMember>> ColleaguesAsync(CancellationToken cancellationToken) =>
        [.. (await db.StaffMembers.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(member => member.DisplayName, StringComparer.CurrentCulture)];

    /// <summary>Completes with the form's values: checked in full, then the workflow resumes in the same commit.</summary>
    public Task<TaskAttempt> CompleteAsync(Guid taskId, int expectedRevision, string operationId, JsonObject payload, CancellationToken cancellationToken) =>
        AttemptAsync(taskId, expectedRevision, operationId, command => tasks.CompleteAsync(command, payload, cancellationToken), cancellationToken);

    private async Task<TaskAttempt> AttemptAsync(
        Guid taskId, int expectedRevision, string operationId, Func<TaskCommand, Task<TaskOperationResult>> operation, CancellationToken cancellationToken)
    {
        if (await FindAsync(taskId, cancellationToken) is not { } task)
        {
            return TaskAttempt.NotFound;
        }

        var access = AccessTo(task);
        if (!access.MayWork)
        {
            return new TaskAttempt(new TaskOperationResult(TaskOperationStatus.Rejected, task.Revision, []), access);
        }

        return new TaskAttempt(await operation(new TaskCommand(taskId, expectedRevision, operationId, user.UserId)));
    }
}
