using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>
/// Reads one task for its page and completes it. Engine rows are exempt from the tenant filter, so a task of another
/// CPAS is answered "not found" here, exactly like a case of another CPAS.
/// </summary>
public sealed class TaskQueries(HumanTaskService tasks, PrimaWebDbContext db, CaseQueries cases, ICurrentUser user)
{
    public async Task<TaskDetails?> FindAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(taskId, cancellationToken);
        if (task is null || !string.Equals(task.TenantId, user.TenantCode, StringComparison.Ordinal))
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

        return new TaskDetails(task, task.ReadForm(), [.. history.OrderBy(h => h.At)], @case, request);
    }

    /// <summary>Completes with the revision the user saw and a new operation id, so a double click is answered "already applied".</summary>
    public Task<TaskOperationResult> CompleteAsync(Guid taskId, int expectedRevision, System.Text.Json.Nodes.JsonObject payload, CancellationToken cancellationToken) =>
        tasks.CompleteAsync(new TaskCommand(taskId, expectedRevision, Guid.NewGuid().ToString("N"), user.UserId), payload, cancellationToken);
}
