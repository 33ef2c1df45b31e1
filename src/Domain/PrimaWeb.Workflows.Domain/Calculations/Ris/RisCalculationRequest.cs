namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// Input of a RIS calculation: the category, the period (both ends included, whole or partial months), the date of the
/// request or revision (which decides the art. 34 regime), the household with exactly one claimant, and their resources.
/// </summary>
public sealed record RisCalculationRequest
{
    public required RisCategory Category { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Date the request was filed or the file revised; null = the period start.</summary>
    public DateOnly? RequestDate { get; init; }

    public required IReadOnlyList<RisHouseholdMember> Members { get; init; }

    public IReadOnlyList<RisResource> Resources { get; init; } = [];

    public RisCpasChoices Choices { get; init; } = new();

    public DateOnly EffectiveRequestDate => RequestDate ?? PeriodStart;
}
