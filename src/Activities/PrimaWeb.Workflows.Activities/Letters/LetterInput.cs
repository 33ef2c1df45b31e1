using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// What <see cref="LetterModelBuilder"/> needs to write a decision letter: the domain objects, and what the domain does
/// not record (the CPAS's letterhead, the social worker, the letter's date and reference).
/// </summary>
public sealed record LetterInput
{
    public required LetterCpas Cpas { get; init; }

    public required Person Person { get; init; }

    public required Request Request { get; init; }

    /// <summary>The decision to notify, usually <see cref="Request.LatestDecision"/>.</summary>
    public required Decision Decision { get; init; }

    /// <summary>The RIS calculation behind a grant of a RIS-scale request; required when the outcome pays an amount, ignored otherwise.</summary>
    public RisCalculationResult? Calculation { get; init; }

    /// <summary>What a grant of another request type gives (<see cref="ILetterAidSource"/>); required when such a grant pays, ignored otherwise.</summary>
    public LetterAid? Aid { get; init; }

    public required LetterContact SocialWorker { get; init; }

    public required DateOnly LetterDate { get; init; }

    public required string Reference { get; init; }

    /// <summary>
    /// The outcome to notify when it is finer than the domain's granted/refused (another amount or period, withdrawal,
    /// suspension); null takes the decision's own outcome.
    /// </summary>
    public LetterDecisionOutcome? Outcome { get; init; }

    /// <summary>The last day of the granted aid or of the suspension, when the decision sets one.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>
    /// The day the person receives the letter, from which the appeal runs; null assumes the letter date (hand delivery),
    /// which never gives a later deadline than the real one.
    /// </summary>
    public DateOnly? NotifiedOn { get; init; }

    /// <summary>Names of household members by the calculation's person id, printed beside their breakdown lines.</summary>
    public IReadOnlyDictionary<string, string> PersonNames { get; init; } = new Dictionary<string, string>();
}
