namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>
/// The text of one reference-data file, read by the caller (the domain does no I/O). <paramref name="Name"/> is how
/// errors refer to it, e.g. <c>definitions/reference/ris.json</c>.
/// </summary>
public sealed record ReferenceDataSource(string Name, string Content);
