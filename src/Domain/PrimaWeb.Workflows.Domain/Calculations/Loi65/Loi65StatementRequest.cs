namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>Input of the monthly cost statements of one Loi 65 file: its B1 and the aid granted.</summary>
public sealed record Loi65StatementRequest
{
    public required string FileNumber { get; init; }

    /// <summary>The file's main beneficiary, under whom form D1 is filed.</summary>
    public required string MainBeneficiaryId { get; init; }

    public required Loi65B1Decision B1 { get; init; }

    public IReadOnlyList<Loi65Expense> Expenses { get; init; } = [];
}
