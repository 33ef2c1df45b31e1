using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Audit;

/// <summary>
/// Where the gateway records every call. The Web host persists it in its database; <see cref="InMemoryAuditLog"/>
/// serves tests. Listing is always within one CPAS: a CPAS never sees another's consultations.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ListByPersonAsync(string cpas, Niss person, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ListByCaseAsync(string cpas, string caseId, CancellationToken cancellationToken);
}
