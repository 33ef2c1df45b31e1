namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>Total aid granted to one person of the file in a month, and the State's share of it.</summary>
public sealed record Loi65PersonTotal(string PersonId, decimal Amount, decimal StateShare);
