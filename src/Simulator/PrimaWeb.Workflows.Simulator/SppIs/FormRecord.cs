using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.SppIs;

namespace PrimaWeb.Workflows.Simulator.SppIs;

/// <summary>
/// A form the SPP-IS received, with the answer decided at receipt and shown once <see cref="AnswerAt"/> has passed.
/// <see cref="Period"/> is the period the form covers (a grant, a premium date, an attestation); a withdrawal
/// shortens the grant's period.
/// </summary>
public sealed class FormRecord
{
    public required string FormId { get; init; }

    public required string Cpas { get; init; }

    public required string Service { get; init; }

    public required string FormType { get; init; }

    public required Niss SSIN { get; init; }

    public required string FileNumber { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset AnswerAt { get; init; }

    public required AttestationStatus Outcome { get; init; }

    public required IReadOnlyList<AnswerReason> Reasons { get; init; }

    public Period? Period { get; set; }

    /// <summary>The B1 status letter, or the A036 aid type, when the form has one.</summary>
    public string? Detail { get; init; }

    public bool IsAccepted => Outcome == AttestationStatus.ACCEPTED;

    public AttestationAnswer ToAnswer(DateTimeOffset now) => now >= AnswerAt
        ? new AttestationAnswer(FormId, Service, FormType, SSIN, FileNumber, ReceivedAt, Outcome, AnswerAt, Reasons)
        : new AttestationAnswer(FormId, Service, FormType, SSIN, FileNumber, ReceivedAt, AttestationStatus.PENDING, null, []);
}
