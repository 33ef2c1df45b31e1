using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>
/// Claim and release from the inbox through the engine's <see cref="HumanTaskService"/>: the revision the user saw
/// is the expected revision, and each click is a new operation id (a double click is then answered "already applied").
/// </summary>
public sealed class InboxActions(HumanTaskService tasks, ICurrentUser user)
{
    public Task<TaskOperationResult> ClaimAsync(InboxTask task, CancellationToken cancellationToken) =>
        tasks.ClaimAsync(Command(task), cancellationToken);

    public Task<TaskOperationResult> ReleaseAsync(InboxTask task, CancellationToken cancellationToken) =>
        tasks.ReleaseAsync(Command(task), cancellationToken);

    private TaskCommand Command(InboxTask task) => new(task.Id, task.Revision, Guid.NewGuid().ToString("N"), user.UserId);
}
