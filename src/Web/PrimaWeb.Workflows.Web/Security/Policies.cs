namespace PrimaWeb.Workflows.Web.Security;

/// <summary>Authorization policy names; endpoints ask for a policy, never for a role directly.</summary>
public static class Policies
{
    /// <summary>Any signed-in user who belongs to a CPAS (carries a <see cref="PrimaWebClaimTypes.Tenant"/> claim).</summary>
    public const string CpasUser = nameof(CpasUser);

    /// <summary>Reads and works cases: social workers and managers.</summary>
    public const string WorkCases = nameof(WorkCases);

    /// <summary>Sees the dashboard: managers.</summary>
    public const string Monitor = nameof(Monitor);

    /// <summary>Edits and publishes workflow definitions: functional analysts.</summary>
    public const string DesignWorkflows = nameof(DesignWorkflows);

    /// <summary>Administers the CPAS: administrators.</summary>
    public const string Administer = nameof(Administer);
}
