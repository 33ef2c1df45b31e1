namespace PrimaWeb.Workflows.Domain.Calculations.Reference;

/// <summary>A stretch of days (both ends included) during which one row of a table is in force.</summary>
public sealed record ReferenceSegment(DateOnly From, DateOnly To, ReferenceRow Row);
