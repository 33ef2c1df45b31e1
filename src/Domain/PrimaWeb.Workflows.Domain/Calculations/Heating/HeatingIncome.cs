namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>A yearly income line of a household member, as the SPF Finances flow or a tax assessment shows it.</summary>
public sealed record HeatingIncome(string PersonId, HeatingIncomeKind Kind, decimal YearlyAmount);
