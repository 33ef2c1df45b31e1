namespace PrimaWeb.Workflows.Web.Security;

/// <summary>The roles a user can hold, as carried by role claims (demo sign-in or the OpenID Connect provider).</summary>
public static class Roles
{
    /// <summary>Works cases from the task inbox (assistant social / maatschappelijk werker).</summary>
    public const string SocialWorker = "SocialWorker";

    /// <summary>Monitors pending decisions, deadlines and integrations.</summary>
    public const string Manager = "Manager";

    /// <summary>Adapts and publishes workflow definitions.</summary>
    public const string FunctionalAnalyst = "FunctionalAnalyst";

    /// <summary>Manages the CPAS's users and settings.</summary>
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [SocialWorker, Manager, FunctionalAnalyst, Administrator];
}
