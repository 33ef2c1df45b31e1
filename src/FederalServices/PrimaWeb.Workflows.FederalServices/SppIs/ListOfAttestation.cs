using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.SppIs;

/// <summary>OCMWCPASListOfAttestation: the forms the CPAS sent and the SPP-IS answers, filtered by person, dates or form.</summary>
public sealed record ListOfAttestationRequest(Niss? SSIN = null, DateOnly? From = null, DateOnly? To = null, string? FormId = null);

public sealed record ListOfAttestationAnswer(IReadOnlyList<AttestationAnswer> Attestations);

/// <summary>
/// One form and its answer: PENDING until the SPP-IS has answered; then the BCSS evaluation (ACCEPTED/REFUSED) and the
/// SPP-IS evaluation (ACCEPTED/REFUSED/PARTIALLYACCEPTED) with the reasons of a refusal.
/// </summary>
public sealed record AttestationAnswer(
    string FormId,
    string Service,
    string FormType,
    Niss SSIN,
    string FileNumber,
    DateTimeOffset ReceivedAt,
    AttestationStatus Status,
    DateTimeOffset? AnsweredAt,
    IReadOnlyList<AnswerReason> Reasons);

public enum AttestationStatus
{
    PENDING,
    ACCEPTED,
    REFUSED,
    PARTIALLYACCEPTED,
}

/// <summary>Why a form was refused: a code and the text.</summary>
public sealed record AnswerReason(string Code, string Description);
