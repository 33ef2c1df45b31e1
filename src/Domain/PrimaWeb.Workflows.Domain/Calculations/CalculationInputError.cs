namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>One invalid input of a calculation: the field (as named in the request, e.g. <c>resources[1].amount</c>) and why.</summary>
public sealed record CalculationInputError(string Field, string Message);
