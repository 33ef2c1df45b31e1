namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>Body of <c>POST /api/calculations/ris</c>. Dates are <c>yyyy-MM-dd</c>; words are camelCase enum names.</summary>
internal sealed record RisCalculationRequestDto(
    int? Category,
    string? PeriodStart,
    string? PeriodEnd,
    string? RequestDate,
    IReadOnlyList<RisHouseholdMemberDto>? Members,
    IReadOnlyList<RisResourceDto>? Resources,
    RisCpasChoicesDto? Choices);
