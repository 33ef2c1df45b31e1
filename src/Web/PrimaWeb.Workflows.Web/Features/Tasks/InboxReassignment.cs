namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>A manager's choice in the inbox: this task to this colleague (user id).</summary>
public sealed record InboxReassignment(InboxTask Task, string Assignee);
