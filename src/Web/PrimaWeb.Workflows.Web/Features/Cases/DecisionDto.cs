namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>A council decision; the RIS terms (category, monthly amount, period) only for a RIS grant.</summary>
public sealed record DecisionDto(
    Guid Id, string Outcome, string DecidedOn, string? EffectiveFrom, string? Motivation, string? Category, decimal? MonthlyAmount, string? From, string? Until);
