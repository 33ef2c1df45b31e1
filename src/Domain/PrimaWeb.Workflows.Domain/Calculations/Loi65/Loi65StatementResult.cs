using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>The monthly statements of a file, the expenses left out (each with its reason) and the reference rows used.</summary>
public sealed record Loi65StatementResult(
    IReadOnlyList<Loi65MonthlyStatement> Statements,
    IReadOnlyList<Loi65RejectedExpense> Rejected,
    DateOnly? ReimbursedFrom,
    IReadOnlyList<ReferenceCitation> References);
