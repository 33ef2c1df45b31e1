using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// Who may work a task (claim, release, complete it): its assignee, a holder of its candidate role, or a manager, who
/// may take over any task of the CPAS; a task with neither role nor assignee is anyone's. One rule for the screens and
/// the API alike.
/// </summary>
public sealed record TaskAccess(bool MayWork, string? Role, string? Assignee)
{
    /// <summary>A reassignment asked by someone who is not a manager.</summary>
    public static TaskAccess ReassignRefused { get; } = new(false, Roles.Manager, null) { IsReassignment = true };

    /// <summary>The refusal is of a reassignment (only managers give tasks to colleagues), not of working the task.</summary>
    public bool IsReassignment { get; private init; }

    public static TaskAccess Of(HumanTask task, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(user);
        var mayWork = task.Assignee == user.UserId
            || user.IsInRole(Roles.Manager)
            || (task.CandidateRole is { } role ? user.IsInRole(role) : task.Assignee is null);
        return new TaskAccess(mayWork, task.CandidateRole, task.Assignee);
    }

    /// <summary>
    /// Who may give a task to a colleague, and so sees every task of the CPAS in the team's list: a manager. One rule
    /// for the inbox's button, its team list and <c>POST /api/tasks/{id}/reassign</c>.
    /// </summary>
    public static bool MayReassign(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Manager);
    }

    /// <summary>Why the user may not work the task, in their language: the role it is for, or whom it is assigned to.</summary>
    public string Reason(IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsReassignment)
        {
            return text["ReassignManagersOnly"];
        }

        if (Role is { } role)
        {
            var name = text[$"Role_{role}"] is { ResourceNotFound: false } found ? found.Value : role;
            return text["TaskNotYours_Role", name];
        }

        return text["TaskNotYours_Assignee", Assignee is { } assignee ? UserNames.Display(assignee) : "—"];
    }
}
