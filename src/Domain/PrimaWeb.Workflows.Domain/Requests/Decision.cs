namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>A council decision on a request. A request may receive several over time (revisions).</summary>
public sealed class Decision
{
    internal Decision(
        DecisionOutcome outcome, DateOnly decidedOn, DateOnly? effectiveFrom, string? motivation, DecisionTerms? terms = null, DateOnly? effectiveUntil = null)
    {
        Id = Guid.CreateVersion7();
        Outcome = outcome;
        DecidedOn = decidedOn;
        EffectiveFrom = effectiveFrom;
        Motivation = motivation;
        Terms = terms;
        EffectiveUntil = effectiveUntil;
    }

    // For EF Core.
    private Decision()
    {
    }

    public Guid Id { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    /// <summary>The day of the council's decision; legal deadlines (notification, forms) run from it.</summary>
    public DateOnly DecidedOn { get; private set; }

    /// <summary>
    /// The day the decision takes effect: the granted aid's start (may precede the decision), the first day of a
    /// suspension or withdrawal, the day payment resumes; null for a refusal.
    /// </summary>
    public DateOnly? EffectiveFrom { get; private set; }

    /// <summary>The planned last day of a suspension, when the Council set one; null otherwise.</summary>
    public DateOnly? EffectiveUntil { get; private set; }

    public string? Motivation { get; private set; }

    /// <summary>
    /// Category, monthly amount and period of a RIS grant (or of the grant a resumption pays again, from its day); null
    /// for a refusal, a suspension, a withdrawal or an aid without them.
    /// </summary>
    public DecisionTerms? Terms { get; private set; }
}
