namespace PrimaWeb.Workflows.FederalServices.Calls;

/// <summary>
/// Who calls, for which CPAS (tenant), in which case and under which legal context. Every gateway operation takes
/// one: the BCSS only answers a CPAS for a legal context it is authorised for, and the audit needs all of it.
/// </summary>
/// <param name="Cpas">The calling CPAS: its tenant code (e.g. <c>cpas-namur</c>), the key of its integration registers.
/// The host maps it to the CPAS's BCSS identity (enterprise number, certificates) when it talks to the real network.</param>
/// <param name="User">The user on whose behalf the call is made (a social worker, or a technical user for jobs).</param>
/// <param name="CaseId">The case (dossier social) the call is made for, when there is one.</param>
/// <param name="RequestId">The request (demande) inside the case, when there is one.</param>
/// <param name="LegalContext">The legal context and basis of the call.</param>
/// <param name="IdempotencyKey">
/// For sends: a key stable across retries of the same logical send (e.g. the outbox message id), so the receiver
/// records the send once. When absent the gateway makes one per call, which still covers its own retries.
/// </param>
public sealed record FederalCallContext(
    string Cpas,
    string User,
    string? CaseId,
    string? RequestId,
    LegalContext LegalContext,
    string? IdempotencyKey = null);
