namespace PrimaWeb.Workflows.Data.Tenancy;

/// <summary>A save tried to write a row of another CPAS than the current user's. Nothing was saved.</summary>
public sealed class TenantMismatchException(string entity, string currentTenant, string? rowTenant)
    : InvalidOperationException($"A {entity} of tenant '{rowTenant}' cannot be written while working for tenant '{currentTenant}'; nothing was saved.")
{
    public string Entity { get; } = entity;

    public string CurrentTenant { get; } = currentTenant;

    public string? RowTenant { get; } = rowTenant;
}
