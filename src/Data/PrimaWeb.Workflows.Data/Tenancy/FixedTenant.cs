namespace PrimaWeb.Workflows.Data.Tenancy;

/// <summary>A tenant scope fixed at construction: for jobs that act for one CPAS, tools and tests.</summary>
public sealed record FixedTenant(string? TenantId) : ICurrentTenant;
