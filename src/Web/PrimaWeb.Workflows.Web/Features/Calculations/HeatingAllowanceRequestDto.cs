namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>Body of <c>POST /api/calculations/heating-allowance</c>. Dates are <c>yyyy-MM-dd</c>; words are camelCase enum names.</summary>
internal sealed record HeatingAllowanceRequestDto(
    int? Category,
    string? Fuel,
    string? PurchaseMode,
    string? DeliveryDate,
    string? RequestDate,
    decimal? InvoicedLitres,
    decimal? PricePerLitre,
    int? DwellingsCovered,
    string? BimStatus,
    IReadOnlyList<HeatingIncomeDto>? Incomes,
    IReadOnlyList<HeatingPossibleDependantDto>? PossibleDependants,
    bool? InDebtMediation,
    bool? CannotPayInvoice,
    bool? CpasConfirmsNeed,
    decimal? LitresAlreadyGrantedInPeriod,
    bool? BulkAllowanceGrantedInPeriod,
    bool? PumpAllowanceGrantedInPeriod,
    bool? ForceMajeure,
    bool? LivesInCareInstitution);
