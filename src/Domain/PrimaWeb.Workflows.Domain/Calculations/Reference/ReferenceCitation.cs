namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>Which reference row a calculation used: table, date from which the row applies, its source and whether it is unverified.</summary>
public sealed record ReferenceCitation(string Table, DateOnly From, string Source, bool Unverified, string? Note);
