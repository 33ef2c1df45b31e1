namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>How urgent a task's due date is at a given instant.</summary>
public enum DueState
{
    None,
    Later,
    DueSoon,
    Overdue,
}
