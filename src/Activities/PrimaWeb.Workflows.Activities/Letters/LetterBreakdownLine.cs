namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// One line of the calculation as printed: a stable <see cref="Code"/> (as the calculation writes it), a label and a
/// legal article in the letter's language, a signed yearly or monthly amount (a deduction is negative) and, for a
/// line about one household member, that person's name.
/// </summary>
public sealed record LetterBreakdownLine(
    string Code,
    string Label,
    decimal Amount,
    string LegalBasis,
    string? PersonName);
