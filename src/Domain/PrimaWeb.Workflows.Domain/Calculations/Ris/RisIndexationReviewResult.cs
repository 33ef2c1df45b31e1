namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>Decisions whose amount changes (one task each) and decisions that could not be recalculated.</summary>
public sealed record RisIndexationReviewResult(
    IReadOnlyList<RisDecisionChange> Changes,
    IReadOnlyList<RisDecisionReviewFailure> Failures);
