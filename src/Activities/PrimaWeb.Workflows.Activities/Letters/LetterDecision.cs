namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The council's decision: outcome, date, the period it takes effect (<see cref="EffectiveTo"/> null when open-ended)
/// and the motivation written by the social worker.
/// </summary>
public sealed record LetterDecision(
    LetterDecisionOutcome Outcome,
    DateOnly DecidedOn,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Motivation);
