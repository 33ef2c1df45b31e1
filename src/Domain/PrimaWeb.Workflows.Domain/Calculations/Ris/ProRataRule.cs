namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// How the amount of a partial month is computed (Unverified in the domain notes: reference data chooses).
/// </summary>
public enum ProRataRule
{
    /// <summary>Monthly amount × days of the part / calendar days of the month.</summary>
    CalendarDays,

    /// <summary>Monthly amount × days / 30, every month counting as 30 days (day 31 is not counted, the last day of February counts up to 30).</summary>
    ThirtyDays,
}
