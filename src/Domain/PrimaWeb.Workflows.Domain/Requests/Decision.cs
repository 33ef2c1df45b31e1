namespace PrimaWeb.Workflows.Domain.Requests;

/// <summary>A council decision on a request. A request may receive several over time (revisions).</summary>
public sealed class Decision
{
    internal Decision(DecisionOutcome outcome, DateOnly decidedOn, DateOnly? effectiveFrom, string? motivation, DecisionTerms? terms = null)
    {
        Id = Guid.CreateVersion7();
        Outcome = outcome;
        DecidedOn = decidedOn;
        EffectiveFrom = effectiveFrom;
        Motivation = motivation;
        Terms = terms;
    }

    // For EF Core.
    private Decision()
    {
    }

    public Guid Id { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    /// <summary>The day of the council's decision; legal deadlines (notification, forms) run from it.</summary>
    public DateOnly DecidedOn { get; private set; }

    /// <summary>The day the granted aid starts (may precede the decision), or null for a refusal.</summary>
    public DateOnly? EffectiveFrom { get; private set; }

    public string? Motivation { get; private set; }

    /// <summary>Category, monthly amount and period of a RIS grant; null for a refusal or an aid without them.</summary>
    public DecisionTerms? Terms { get; private set; }
}
