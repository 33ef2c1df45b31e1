using PrimaWeb.Workflows.Domain.Calculations.Ris;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// A RIS calculation kept in the case file: the statement it used, the figures the proposal and the letter quote, and
/// the whole breakdown (segments, months, legal references) as JSON for display.
/// </summary>
public sealed class RisCalculationRecord : CaseFileRecord
{
    public RisCalculationRecord(
        string tenantId, Guid caseId, Guid requestId, DateTimeOffset recordedAt, string recordedBy,
        Guid statementId, RisCalculationResult result, string breakdownJson)
        : base(tenantId, caseId, requestId, recordedAt, recordedBy)
    {
        ArgumentNullException.ThrowIfNull(result);
        StatementId = statementId;
        Category = result.Category;
        PeriodStart = result.PeriodStart;
        PeriodEnd = result.PeriodEnd;
        MonthlyAmount = result.MonthlyAmount;
        PeriodAmount = result.PeriodAmount;
        BreakdownJson = breakdownJson;
    }

    // For EF Core.
    private RisCalculationRecord()
    {
        BreakdownJson = string.Empty;
    }

    public Guid StatementId { get; private set; }

    public RisCategory Category { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The monthly amount in force at the end of the period.</summary>
    public decimal MonthlyAmount { get; private set; }

    public decimal PeriodAmount { get; private set; }

    public string BreakdownJson { get; private set; }
}
