namespace PrimaWeb.Workflows.Domain.Calculations.A036;

/// <summary>What a suspension does to the A036's attested period (reference data <c>a036.changes</c>).</summary>
public enum A036OnSuspension
{
    /// <summary>The attested period stays: payment stops, the right is still attested.</summary>
    Unchanged,

    /// <summary>The period ends the day before the suspension; a resumption attests the new period from its day.</summary>
    EndAtSuspension,
}
