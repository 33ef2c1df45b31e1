namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>An amount of aid granted (at 100 %) to a person of the file on a date.</summary>
public sealed record Loi65Expense(string PersonId, DateOnly Date, Loi65AidType AidType, decimal Amount);
