namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>An expense left out of the statements: its position in the request, a stable code, the reason and the rule.</summary>
public sealed record Loi65RejectedExpense(int Index, Loi65Expense Expense, string Code, string Reason, string LegalBasis);
