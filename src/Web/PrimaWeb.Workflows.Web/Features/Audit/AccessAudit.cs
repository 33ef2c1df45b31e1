using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Audit;

/// <summary>
/// Records who read a person's record or a case file of the CPAS's own data, whose, when and why, in the same audit as
/// the federal-service calls (so <c>/api/persons/{niss}/audit</c> and <c>/api/cases/{caseId}/audit</c> show both).
/// A read is told from a call by its service name (<see cref="ReadServices"/>), no attempt and the CPAS's own legal basis;
/// its detail says what was opened and where (<c>GET /api/cases/{id}/file</c>, <c>page /cases/{id}</c>).
/// Called by the API endpoints and the pages alike, once the data has been found (nothing read, nothing recorded).
/// </summary>
public sealed class AccessAudit(IAuditLog log, PrimaWebDbContext db, ICurrentUser user, TimeProvider time)
{
    /// <summary>The legal context of a read: the social worker's inquiry and follow-up of the case.</summary>
    public const string LegalContext = "CPAS:CASE_FILE";

    public const string LegalBasis =
        "Loi organique CPAS 08/07/1976 art. 60 §1 et art. 36 (secret professionnel); RGPD art. 6.1.e et 9.2.b (dossier social)";

    /// <summary>A read of a case (its details, file, letter or page): the case and its main person.</summary>
    public async Task CaseReadAsync(Guid caseId, string service, string what, CancellationToken cancellationToken)
    {
        var mainPerson = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId)
            .Join(db.Persons.AsNoTracking(), c => c.MainPersonId, p => p.Id, (_, p) => (Niss?)p.Niss)
            .SingleOrDefaultAsync(cancellationToken);
        await RecordAsync(caseId.ToString(), mainPerson is { } niss ? [niss] : [], service, what);
    }

    /// <summary>A read of persons' records of the CPAS (a lookup by NISS, the CPAS's part of a search).</summary>
    public Task PersonsReadAsync(IReadOnlyCollection<Niss> persons, string service, string what) =>
        persons.Count == 0 ? Task.CompletedTask : RecordAsync(null, [.. persons.Distinct()], service, what);

    // Recorded even when the caller gives up: the data has been read by then.
    private Task RecordAsync(string? caseId, IReadOnlyList<Niss> persons, string service, string what) =>
        log.RecordAsync(
            new AuditEntry(
                Guid.NewGuid(), time.GetUtcNow(), user.UserId, user.TenantCode, caseId, null, persons, service, LegalContext, LegalBasis,
                string.Empty, AuditOutcome.Succeeded, what, 0, null),
            CancellationToken.None);
}
