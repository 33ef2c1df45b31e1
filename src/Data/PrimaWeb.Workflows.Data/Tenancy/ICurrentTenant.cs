namespace PrimaWeb.Workflows.Data.Tenancy;

/// <summary>
/// The CPAS (tenant) whose rows a <see cref="PrimaWebDbContext"/> sees and may write. The host provides it from the
/// signed-in user; system code (start-up, seeding, jobs) runs without one and must say so with
/// <c>IgnoreQueryFilters()</c> when it reads tenant-owned rows.
/// </summary>
public interface ICurrentTenant
{
    /// <summary>The current tenant's code (e.g. <c>cpas-namur</c>), or null when no tenant is in scope.</summary>
    string? TenantId { get; }
}
