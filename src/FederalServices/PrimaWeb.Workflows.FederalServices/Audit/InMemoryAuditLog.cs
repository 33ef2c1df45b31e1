using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Audit;

/// <summary>An audit log kept in memory, in recording order; for tests and the embedded demo.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ListByPersonAsync(string cpas, Niss person, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. Entries.Where(e => e.Cpas == cpas && e.Persons.Contains(person))]);

    public Task<IReadOnlyList<AuditEntry>> ListByCaseAsync(string cpas, string caseId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. Entries.Where(e => e.Cpas == cpas && e.CaseId == caseId)]);
}
