namespace PrimaWeb.Workflows.Domain.Staff;

/// <summary>
/// The roles a member of a CPAS's staff can hold: the one spelling of each, used by the authorization policies and the
/// demo users of the host, by the workflow steps that open tasks for a role, and by the check of a definition's
/// candidate roles. Role claims (demo sign-in or the OpenID Connect provider) carry these exact names.
/// </summary>
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
