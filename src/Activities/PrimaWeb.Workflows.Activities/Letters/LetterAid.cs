namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// The aid a letter grants when it is not a RIS (heating allowance, other aid, installation premium): what it is, the
/// amount, the period when the aid has one, and the figures behind it as label and value already in the letter's
/// language (e.g. "Litres retenus" — "1 500").
/// </summary>
public sealed record LetterAid(string Description, decimal Amount, DateOnly? From, DateOnly? To, IReadOnlyList<LetterAidLine> Lines);

/// <summary>One figure behind an aid, printed as it reads: both texts are in the letter's language.</summary>
public sealed record LetterAidLine(string Label, string Value);
