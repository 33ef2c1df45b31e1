namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>A net resource: kind earnedIncome, replacementIncome, familyAllowances, maintenance, realEstate or other; periodicity monthly (default) or yearly.</summary>
internal sealed record RisResourceDto(
    string? PersonId,
    string? Kind,
    decimal? Amount,
    string? Periodicity,
    string? EmploymentExemption,
    string? ExemptBasis,
    bool? FromArticle60Employment,
    string? Description);
