using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// Everything a notification letter may print, as plain serialisable data: templates see only this tree (field names
/// in snake_case, e.g. <c>decision.decided_on</c>), so a template can never reach the database or the domain objects.
/// Texts in it (breakdown labels, legal basis) are already in the letter's <see cref="Language"/>.
/// </summary>
public sealed record LetterModel
{
    /// <summary>The letter kind, which names the template: <c>dis-decision</c>, <c>heating-allowance-decision</c> (<see cref="LetterKinds"/>).</summary>
    public required string Kind { get; init; }

    public required Language Language { get; init; }

    /// <summary>The CPAS's reference for this letter (printed as "Nos références" / "Onze referte").</summary>
    public required string Reference { get; init; }

    public required DateOnly LetterDate { get; init; }

    public required LetterCpas Cpas { get; init; }

    public required LetterRecipient Recipient { get; init; }

    public required LetterRequest Request { get; init; }

    public required LetterDecision Decision { get; init; }

    /// <summary>The granted RIS amount and its breakdown; null when nothing is paid (refusal, withdrawal, suspension) or the aid is not a RIS.</summary>
    public LetterAmount? Amount { get; init; }

    /// <summary>The granted aid of a request type that is not a RIS (heating allowance, other aid, installation premium); null otherwise.</summary>
    public LetterAid? Aid { get; init; }

    /// <summary>The laws and articles the decision rests on, in the letter's language, laws first.</summary>
    public required IReadOnlyList<string> LegalBasis { get; init; }

    public required LetterAppeal Appeal { get; init; }

    public required LetterContact SocialWorker { get; init; }
}
