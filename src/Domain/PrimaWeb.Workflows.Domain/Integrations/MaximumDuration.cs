namespace PrimaWeb.Workflows.Domain.Integrations;

/// <summary>How long one registration under a capacity code may last.</summary>
public enum MaximumDuration
{
    /// <summary>Start + 2 months − 1 day (code 1).</summary>
    TwoMonths,

    /// <summary>Start + 12 months − 1 day (codes 2 to 6).</summary>
    OneYear,

    /// <summary>Until 31 December of the start's year (code 40).</summary>
    CalendarYear,
}
