using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Audit;

/// <summary>One call (or refused call) to a federal service: who, for which CPAS and case, whom, what, why, when, how it ended.</summary>
/// <param name="Id">Unique id of the entry.</param>
/// <param name="At">When the call started (UTC).</param>
/// <param name="User">The user on whose behalf it was made.</param>
/// <param name="Cpas">The calling CPAS (tenant).</param>
/// <param name="CaseId">The case, if any.</param>
/// <param name="RequestId">The request inside the case, if any.</param>
/// <param name="Persons">The persons the call concerns (empty for calls about no person).</param>
/// <param name="Service">The official service name.</param>
/// <param name="LegalContext">The legal context code.</param>
/// <param name="LegalBasis">The legal basis text.</param>
/// <param name="RequestSummary">The request as sent (JSON), so the audit shows what was asked.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Detail">The status code or the reason of a refusal or failure.</param>
/// <param name="Attempts">HTTP attempts made (0 when no call was made).</param>
/// <param name="IdempotencyKey">The key of a send.</param>
public sealed record AuditEntry(
    Guid Id,
    DateTimeOffset At,
    string User,
    string Cpas,
    string? CaseId,
    string? RequestId,
    IReadOnlyList<Niss> Persons,
    string Service,
    string LegalContext,
    string LegalBasis,
    string RequestSummary,
    AuditOutcome Outcome,
    string? Detail,
    int Attempts,
    string? IdempotencyKey);
