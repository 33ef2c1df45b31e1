namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// The amount due for one calendar month, or for the part of it inside one segment: the whole monthly amount for a
/// full month, else monthly × <see cref="Days"/> / <see cref="DaysBase"/> rounded half-up to the cent.
/// </summary>
public sealed record RisMonthAmount(
    DateOnly From,
    DateOnly To,
    int Days,
    int DaysBase,
    decimal MonthlyAmount,
    decimal Amount,
    bool IsProRata,
    string LegalBasis);
