namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>Total of one aid type in a monthly statement.</summary>
public sealed record Loi65AidTypeTotal(Loi65AidType AidType, decimal Amount);
