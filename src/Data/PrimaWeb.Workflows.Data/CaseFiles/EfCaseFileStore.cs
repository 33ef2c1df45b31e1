using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Data.CaseFiles;

/// <summary>
/// The case file on the application's unit of work. Steps run in jobs where no tenant is in scope, so every query
/// bypasses the tenant filter and names the tenant itself. Nothing is saved here. Rows added earlier in the same unit
/// of work but not yet saved (a statement recorded by the previous step of the same burst) are seen too.
/// </summary>
public sealed class EfCaseFileStore(PrimaWebDbContext db) : ICaseFileStore
{
    public async Task<Case?> FindCaseAsync(string tenantId, Guid caseId, CancellationToken cancellationToken = default) =>
        db.Cases.Local.FirstOrDefault(c => c.Id == caseId && c.TenantId == tenantId)
        ?? await db.Cases.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Id == caseId, cancellationToken);

    public async Task<Request?> FindRequestAsync(string tenantId, Guid requestId, CancellationToken cancellationToken = default) =>
        db.Requests.Local.FirstOrDefault(r => r.Id == requestId && r.TenantId == tenantId)
        ?? await db.Requests.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.TenantId == tenantId && r.Id == requestId, cancellationToken);

    public async Task<IReadOnlyList<Person>> FindPersonsAsync(string tenantId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Distinct().ToList();
        var stored = await db.Persons.IgnoreQueryFilters()
            .Where(p => p.TenantId == tenantId && ids.Contains(p.Id))
            .ToListAsync(cancellationToken);
        var added = db.Persons.Local.Where(p => p.TenantId == tenantId && ids.Contains(p.Id));
        return [.. stored.Union(added)];
    }

    public async Task<IntegrationRegister> IntegrationRegisterAsync(string tenantId, Niss niss, CancellationToken cancellationToken = default)
    {
        var register = db.IntegrationRegisters.Local.FirstOrDefault(r => r.TenantId == tenantId && r.Niss == niss)
            ?? await db.IntegrationRegisters.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.TenantId == tenantId && r.Niss == niss, cancellationToken);
        if (register is null)
        {
            register = new IntegrationRegister(tenantId, niss);
            db.IntegrationRegisters.Add(register);
        }

        return register;
    }

    public async Task<TRecord?> LatestAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord
    {
        var stored = await Records<TRecord>(tenantId, requestId)
            .OrderByDescending(r => r.RecordedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return Unsaved<TRecord>(tenantId, requestId)
            .Append(stored)
            .OfType<TRecord>()
            .OrderByDescending(r => r.RecordedAt)
            .ThenByDescending(r => r.Id)
            .FirstOrDefault();
    }

    public async Task<IReadOnlyList<TRecord>> ListAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord
    {
        var stored = await Records<TRecord>(tenantId, requestId).ToListAsync(cancellationToken);

        // Ordered in memory: the instant text of SQLite and the server types order alike, but unsaved rows join here.
        return [.. stored.Union(Unsaved<TRecord>(tenantId, requestId)).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)];
    }

    public async Task<IReadOnlyList<AidRecord>> FindAidRecordsAsync(string tenantId, string kind, string matchKey, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<AidRecord>().IgnoreQueryFilters()
            .Where(r => r.TenantId == tenantId && r.Kind == kind && r.MatchKey == matchKey)
            .ToListAsync(cancellationToken);
        var added = Unsaved<AidRecord>(r => r.TenantId == tenantId && r.Kind == kind && r.MatchKey == matchKey);
        return [.. stored.Union(added).OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)];
    }

    public async Task<SppIsForm?> FindFormAsync(string tenantId, Guid formRecordId, CancellationToken cancellationToken = default) =>
        db.Set<SppIsForm>().Local.FirstOrDefault(f => f.Id == formRecordId && f.TenantId == tenantId)
        ?? await db.Set<SppIsForm>().IgnoreQueryFilters().SingleOrDefaultAsync(f => f.TenantId == tenantId && f.Id == formRecordId, cancellationToken);

    public void Add(CaseFileRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        db.Add(record);
    }

    private IQueryable<TRecord> Records<TRecord>(string tenantId, Guid requestId)
        where TRecord : CaseFileRecord =>
        db.Set<TRecord>().IgnoreQueryFilters().Where(r => r.TenantId == tenantId && r.RequestId == requestId);

    private IEnumerable<TRecord> Unsaved<TRecord>(string tenantId, Guid requestId)
        where TRecord : CaseFileRecord =>
        Unsaved<TRecord>(r => r.TenantId == tenantId && r.RequestId == requestId);

    /// <summary>The records added in this unit of work and not saved yet that <paramref name="wanted"/> keeps: a step reads what an earlier step of its burst wrote.</summary>
    private IEnumerable<TRecord> Unsaved<TRecord>(Func<TRecord, bool> wanted)
        where TRecord : CaseFileRecord =>
        db.ChangeTracker.Entries<TRecord>()
            .Where(entry => entry.State == EntityState.Added && wanted(entry.Entity))
            .Select(entry => entry.Entity);
}
