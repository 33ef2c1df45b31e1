namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>The two lists of the inbox.</summary>
public enum InboxTab
{
    /// <summary>Tasks assigned to the user.</summary>
    Mine,

    /// <summary>Open and claimed tasks offered to the user's roles, whoever holds them.</summary>
    Team,
}
