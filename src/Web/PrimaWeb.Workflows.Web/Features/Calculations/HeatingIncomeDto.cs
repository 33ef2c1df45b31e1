namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>A yearly income line: kind taxableIncome, selfEmployedResult or cadastralIncomeOtherProperty.</summary>
internal sealed record HeatingIncomeDto(string? PersonId, string? Kind, decimal? YearlyAmount);
