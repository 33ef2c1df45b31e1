namespace PrimaWeb.Workflows.Domain.Calculations.Loi65;

/// <summary>
/// A monthly cost statement (form D1) of one file for one calendar month: totals by aid type and by person, the total
/// claimed at 100 %, the State's share and the last day to send it (12 months after the end of the quarter).
/// </summary>
public sealed record Loi65MonthlyStatement(
    string FileNumber,
    string MainBeneficiaryId,
    int Year,
    int Month,
    IReadOnlyList<Loi65AidTypeTotal> ByAidType,
    IReadOnlyList<Loi65PersonTotal> ByPerson,
    decimal Total,
    decimal StateShareRate,
    decimal StateShare,
    DateOnly SendBy);
