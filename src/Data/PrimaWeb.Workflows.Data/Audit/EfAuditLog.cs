using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Data.Tenancy;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.FederalServices.Audit;

namespace PrimaWeb.Workflows.Data.Audit;

/// <summary>
/// The gateway's audit in the application database. Each call opens its own short-lived context (own connection,
/// own transaction) rather than using the caller's scoped one: a consultation must stay audited even when the
/// caller's unit of work fails and rolls back, and recording must not save the caller's pending changes early.
/// Its tenant scope is the CPAS named by the call, so the tenant filter and write guard apply as everywhere else.
/// </summary>
public sealed class EfAuditLog(PrimaWebDatabaseSettings settings, TimeProvider? time = null) : IAuditLog
{
    private const char Separator = ' ';

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var db = PrimaWebDbContextOptions.CreateContext(settings, new FixedTenant(entry.Cpas), time);
        var persons = string.Join(Separator, entry.Persons.Select(p => p.Value));
        IEnumerable<Niss?> rows = entry.Persons.Count == 0 ? [null] : entry.Persons.Distinct().Select(p => (Niss?)p);
        foreach (var niss in rows)
        {
            var row = ToRow(entry, niss, persons);
            db.AuditRows.Add(row);
            db.Entry(row).Property(TenantModel.TenantIdProperty).CurrentValue = entry.Cpas;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListByPersonAsync(string cpas, Niss person, CancellationToken cancellationToken)
    {
        await using var db = PrimaWebDbContextOptions.CreateContext(settings, new FixedTenant(cpas), time);
        var rows = await db.AuditRows.AsNoTracking()
            .Where(row => row.Niss == person)
            .ToListAsync(cancellationToken);
        return ToEntries(cpas, rows);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListByCaseAsync(string cpas, string caseId, CancellationToken cancellationToken)
    {
        await using var db = PrimaWebDbContextOptions.CreateContext(settings, new FixedTenant(cpas), time);
        var rows = await db.AuditRows.AsNoTracking()
            .Where(row => row.CaseId == caseId)
            .ToListAsync(cancellationToken);
        return ToEntries(cpas, rows);
    }

    // One call's rows (one per person) collapse back into one entry; ordered in memory after grouping.
    private static List<AuditEntry> ToEntries(string cpas, IEnumerable<AuditRow> rows) =>
    [
        .. rows.GroupBy(row => row.EntryId)
            .Select(group => ToEntry(cpas, group.First()))
            .OrderBy(entry => entry.At)
            .ThenBy(entry => entry.Id),
    ];

    private static AuditRow ToRow(AuditEntry entry, Niss? niss, string persons) => new()
    {
        Id = Guid.NewGuid(),
        EntryId = entry.Id,
        Niss = niss,
        Persons = persons,
        At = entry.At.ToUniversalTime(),
        User = entry.User,
        CaseId = entry.CaseId,
        RequestId = entry.RequestId,
        Service = entry.Service,
        LegalContext = entry.LegalContext,
        LegalBasis = entry.LegalBasis,
        RequestSummary = entry.RequestSummary,
        Outcome = entry.Outcome,
        Detail = entry.Detail,
        Attempts = entry.Attempts,
        IdempotencyKey = entry.IdempotencyKey,
    };

    private static AuditEntry ToEntry(string cpas, AuditRow row) => new(
        row.EntryId,
        row.At,
        row.User,
        cpas,
        row.CaseId,
        row.RequestId,
        [.. row.Persons.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Select(digits => Niss.Parse(digits, null))],
        row.Service,
        row.LegalContext,
        row.LegalBasis,
        row.RequestSummary,
        row.Outcome,
        row.Detail,
        row.Attempts,
        row.IdempotencyKey);
}
