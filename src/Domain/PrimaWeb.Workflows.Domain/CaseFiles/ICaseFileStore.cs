using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Domain.CaseFiles;

/// <summary>
/// The case file as workflow steps see it. Every read names the tenant explicitly because steps also run in background
/// jobs, where no user is signed in. Nothing is saved here: changes to the returned entities and added records are
/// committed by whoever owns the unit of work (for workflow steps, the engine's burst), so they land together.
/// </summary>
public interface ICaseFileStore
{
    Task<Case?> FindCaseAsync(string tenantId, Guid caseId, CancellationToken cancellationToken = default);

    Task<Request?> FindRequestAsync(string tenantId, Guid requestId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Person>> FindPersonsAsync(string tenantId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default);

    /// <summary>The person's integration register in the CPAS, created (and added) when the person has none yet.</summary>
    Task<IntegrationRegister> IntegrationRegisterAsync(string tenantId, Niss niss, CancellationToken cancellationToken = default);

    /// <summary>The most recent record of a kind for a request, or null.</summary>
    Task<TRecord?> LatestAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord;

    /// <summary>Every record of a kind for a request, oldest first.</summary>
    Task<IReadOnlyList<TRecord>> ListAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord;

    /// <summary>Every aid record of a kind with this match key in the CPAS, whatever its case, oldest first (unsaved ones included).</summary>
    Task<IReadOnlyList<AidRecord>> FindAidRecordsAsync(string tenantId, string kind, string matchKey, CancellationToken cancellationToken = default);

    Task<SppIsForm?> FindFormAsync(string tenantId, Guid formRecordId, CancellationToken cancellationToken = default);

    void Add(CaseFileRecord record);
}
