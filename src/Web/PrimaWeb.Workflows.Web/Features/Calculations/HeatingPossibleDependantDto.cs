namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>A person under the same roof who may be a dependant, with their net yearly income.</summary>
internal sealed record HeatingPossibleDependantDto(string? PersonId, decimal? NetYearlyIncome);
