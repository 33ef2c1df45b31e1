namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>A monthly expense the household declares (rent, energy, debts …), kept for the social report.</summary>
public sealed record StatedExpense(string Description, decimal MonthlyAmount);
