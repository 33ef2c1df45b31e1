namespace PrimaWeb.Workflows.Data.Cases;

/// <summary>
/// The last case number a CPAS gave in a year (<c>NA-2026-0042</c> → 42). One row per CPAS and year, incremented in
/// place by <see cref="CaseReferences"/> so that two cases opened at the same instant never get the same number.
/// </summary>
public sealed class CaseReferenceCounter
{
    public string TenantId { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }
}
