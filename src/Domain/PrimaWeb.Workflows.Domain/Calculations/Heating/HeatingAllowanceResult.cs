using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>
/// Outcome of a heating-allowance calculation: eligible or not (with every reason), the amount, the deadline of the
/// request, the breakdown lines and the reference rows used.
/// </summary>
public sealed record HeatingAllowanceResult(
    bool Eligible,
    decimal Amount,
    IReadOnlyList<HeatingRefusal> Refusals,
    DateOnly RequestDeadline,
    decimal? HouseholdIncome,
    decimal? IncomeLimit,
    int Dependants,
    decimal? AllowancePerLitre,
    decimal? LitresAllowed,
    IReadOnlyList<CalculationLine> Lines,
    IReadOnlyList<ReferenceCitation> References);
