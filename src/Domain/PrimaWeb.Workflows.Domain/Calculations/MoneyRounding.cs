namespace PrimaWeb.Workflows.Domain.Calculations;

/// <summary>
/// Rounding of euro amounts to the cent, half-up. Every cited (annual, monthly) pair of RIS amounts is reproduced by
/// annual / 12 rounded this way (domain notes, ris.md §2 and §3.6: Derived from the data, not quoted from a text).
/// </summary>
public static class MoneyRounding
{
    public static decimal ToCent(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
