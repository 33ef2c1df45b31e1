namespace PrimaWeb.Workflows.Domain.Calculations.Ris;

/// <summary>
/// After new amounts are added to the reference data (an indexation), lists the open decisions whose monthly amount
/// changes and by how much, so that a task can be raised for each.
/// </summary>
public static class RisIndexationReview
{
    /// <summary>
    /// Recomputes each decision still running on <paramref name="effectiveFrom"/> (or starting later) with
    /// <paramref name="newReference"/>, from that date to the end of its period, and compares the monthly amount of
    /// the first day with the amount granted.
    /// </summary>
    public static RisIndexationReviewResult FindChanges(
        IEnumerable<OpenRisDecision> decisions,
        RisReferenceData newReference,
        DateOnly effectiveFrom)
    {
        var calculator = new RisCalculator(newReference);
        var changes = new List<RisDecisionChange>();
        var failures = new List<RisDecisionReviewFailure>();
        foreach (var decision in decisions)
        {
            if (decision.Input.PeriodEnd < effectiveFrom)
            {
                continue;
            }

            var from = decision.Input.PeriodStart > effectiveFrom ? decision.Input.PeriodStart : effectiveFrom;
            RisCalculationResult result;
            try
            {
                result = calculator.Calculate(decision.Input with
                {
                    PeriodStart = from,
                    RequestDate = decision.Input.EffectiveRequestDate,
                });
            }
            catch (InvalidCalculationInputException ex)
            {
                failures.Add(new RisDecisionReviewFailure(decision.DecisionId, ex.Errors));
                continue;
            }

            var monthly = result.Segments[0].MonthlyAmount;
            if (monthly != decision.GrantedMonthlyAmount)
            {
                changes.Add(new RisDecisionChange(decision.DecisionId, from, decision.GrantedMonthlyAmount, monthly, result));
            }
        }

        return new RisIndexationReviewResult(changes, failures);
    }
}
