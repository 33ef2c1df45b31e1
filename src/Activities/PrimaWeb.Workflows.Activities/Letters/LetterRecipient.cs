using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>The person the decision concerns. <see cref="Address"/> is null for a person without a known address (letter handed over).</summary>
public sealed record LetterRecipient(
    string LastName,
    string FirstName,
    string FullName,
    string NationalNumber,
    LetterAddress? Address,
    Language Language);
