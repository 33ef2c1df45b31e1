using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Control;

namespace PrimaWeb.Workflows.Web.Features.Workflows.Simulation;

/// <summary>
/// The case file of one simulation, in memory: what the steps read and record (the case, the request, the persons,
/// the integrations, the forms and letters), so that nothing of a simulation reaches the application's database.
/// </summary>
internal sealed class SimulatedCaseFile : ICaseFileStore, ICaseFileUnitOfWork, ISppIsFormQueue, IIntegrationDirectory
{
    private readonly Lock _gate = new();
    private readonly List<Case> _cases = [];
    private readonly List<Request> _requests = [];
    private readonly List<Person> _persons = [];
    private readonly List<IntegrationRegister> _registers = [];
    private readonly List<CaseFileRecord> _records = [];

    public IReadOnlyList<CaseFileRecord> Records => Locked(() => _records.ToList());

    public void Add(Case @case) => Locked(() => _cases.Add(@case));

    public void Add(Request request) => Locked(() => _requests.Add(request));

    public void Add(Person person) => Locked(() => _persons.Add(person));

    public void Add(CaseFileRecord record) => Locked(() => _records.Add(record));

    public Task<Case?> FindCaseAsync(string tenantId, Guid caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() => _cases.FirstOrDefault(c => c.TenantId == tenantId && c.Id == caseId)));

    public Task<Request?> FindRequestAsync(string tenantId, Guid requestId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() => _requests.FirstOrDefault(r => r.TenantId == tenantId && r.Id == requestId)));

    public Task<IReadOnlyList<Person>> FindPersonsAsync(string tenantId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Person>>(Locked(() => _persons.Where(p => p.TenantId == tenantId && personIds.Contains(p.Id)).ToList()));

    public Task<IntegrationRegister> IntegrationRegisterAsync(string tenantId, Niss niss, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() =>
        {
            var register = _registers.FirstOrDefault(r => r.TenantId == tenantId && r.Niss == niss);
            if (register is null)
            {
                register = new IntegrationRegister(tenantId, niss);
                _registers.Add(register);
            }

            return register;
        }));

    public Task<TRecord?> LatestAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord =>
        Task.FromResult(Locked(() => _records.OfType<TRecord>().LastOrDefault(r => r.TenantId == tenantId && r.RequestId == requestId)));

    public Task<IReadOnlyList<TRecord>> ListAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord =>
        Task.FromResult<IReadOnlyList<TRecord>>(Locked(() => _records.OfType<TRecord>().Where(r => r.TenantId == tenantId && r.RequestId == requestId).ToList()));

    /// <summary>A simulation sees only its own case: the records it made.</summary>
    public Task<IReadOnlyList<AidRecord>> FindAidRecordsAsync(string tenantId, string kind, string matchKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AidRecord>>(Locked(() => _records.OfType<AidRecord>().Where(r => r.TenantId == tenantId && r.Kind == kind && r.MatchKey == matchKey).ToList()));

    public Task<SppIsForm?> FindFormAsync(string tenantId, Guid formRecordId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() => _records.OfType<SppIsForm>().FirstOrDefault(f => f.TenantId == tenantId && f.Id == formRecordId)));

    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<SppIsForm>> AwaitingAnswerAsync(int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SppIsForm>>(Locked(() => _records.OfType<SppIsForm>()
            .Where(f => f.Status is SppIsFormStatus.Sent or SppIsFormStatus.Unanswered)
            .OrderBy(f => f.SentAt)
            .Take(max)
            .ToList()));

    public Task<IntegrationRegister?> GetRegisterAsync(string cpas, Niss person, CancellationToken cancellationToken) =>
        Task.FromResult(Locked(() => _registers.FirstOrDefault(r => r.TenantId == cpas && r.Niss == person)));

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private void Locked(Action write)
    {
        lock (_gate)
        {
            write();
        }
    }
}
