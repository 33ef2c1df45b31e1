namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>
/// One line of a calculation's breakdown, as printed in the social report and the notification letter.
/// <paramref name="Code"/> is stable (letters translate it); <paramref name="Label"/> is an English description;
/// <paramref name="Amount"/> is signed (a deduction is negative); <paramref name="LegalBasis"/> cites the article.
/// </summary>
public sealed record CalculationLine(
    string Code,
    string Label,
    decimal Amount,
    string LegalBasis,
    string? PersonId = null,
    string? Detail = null);
