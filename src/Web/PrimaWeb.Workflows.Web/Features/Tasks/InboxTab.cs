namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>The three lists of the inbox, as in a task list: each answers a different question.</summary>
public enum InboxTab
{
    /// <summary>Tasks assigned to the user: what do I have to do?</summary>
    Mine,

    /// <summary>Open tasks nobody holds, offered to the user's roles: what could I take?</summary>
    Unassigned,

    /// <summary>Every open or claimed task offered to the user's roles, whoever holds it: where is my team?</summary>
    Team,
}
