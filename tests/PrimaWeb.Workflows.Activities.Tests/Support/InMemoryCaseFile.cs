using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.FederalServices.Control;
using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.Activities.Tests.Support;

/// <summary>
/// The case file in memory for the tests: the store the steps use, the unit of work of the handlers (counts the saves),
/// the polling job's query, and the gateway's integration directory, so the gateway controls what the steps registered.
/// </summary>
public sealed class InMemoryCaseFile : ICaseFileStore, ICaseFileUnitOfWork, ISppIsFormQueue, IIntegrationDirectory, IRunningGrants
{
    private readonly Lock _gate = new();
    private readonly List<Case> _cases = [];
    private readonly List<Request> _requests = [];
    private readonly List<Person> _persons = [];
    private readonly List<IntegrationRegister> _registers = [];
    private readonly List<CaseFileRecord> _records = [];

    public int Saves { get; private set; }

    public IReadOnlyList<CaseFileRecord> Records
    {
        get
        {
            lock (_gate)
            {
                return [.. _records];
            }
        }
    }

    public void Add(Case @case) => Locked(() => _cases.Add(@case));

    public void Add(Request request) => Locked(() => _requests.Add(request));

    public Task<IReadOnlyList<Request>> AcceptedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Request>>(Locked(() => _requests.Where(r => types.Contains(r.Type) && r.Status == RequestStatus.AcceptedBySppIs).ToList()));

    public Task<IReadOnlyList<Request>> GrantedAsync(IReadOnlyCollection<RequestType> types, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Request>>(Locked(() => _requests.Where(r => types.Contains(r.Type) && r.Decisions.Any(d => d.Outcome == DecisionOutcome.Granted)).ToList()));

    public void Add(Person person) => Locked(() => _persons.Add(person));

    public void Add(CaseFileRecord record) => Locked(() => _records.Add(record));

    public IntegrationRegister Register(string tenantId, Niss niss)
    {
        lock (_gate)
        {
            var register = _registers.FirstOrDefault(r => r.TenantId == tenantId && r.Niss == niss);
            if (register is null)
            {
                register = new IntegrationRegister(tenantId, niss);
                _registers.Add(register);
            }

            return register;
        }
    }

    public Task<Case?> FindCaseAsync(string tenantId, Guid caseId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() => _cases.FirstOrDefault(c => c.TenantId == tenantId && c.Id == caseId)));

    public Task<Request?> FindRequestAsync(string tenantId, Guid requestId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() => _requests.FirstOrDefault(r => r.TenantId == tenantId && r.Id == requestId)));

    public Task<IReadOnlyList<Person>> FindPersonsAsync(string tenantId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Person>>(Locked(() => _persons.Where(p => p.TenantId == tenantId && personIds.Contains(p.Id)).ToList()));

    public Task<IntegrationRegister> IntegrationRegisterAsync(string tenantId, Niss niss, CancellationToken cancellationToken = default) =>
        Task.FromResult(Register(tenantId, niss));

    public Task<TRecord?> LatestAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord =>
        Task.FromResult(Locked(() => _records.OfType<TRecord>().LastOrDefault(r => r.TenantId == tenantId && r.RequestId == requestId)));

    public Task<IReadOnlyList<TRecord>> ListAsync<TRecord>(string tenantId, Guid requestId, CancellationToken cancellationToken = default)
        where TRecord : CaseFileRecord =>
        Task.FromResult<IReadOnlyList<TRecord>>(Locked(() => _records.OfType<TRecord>().Where(r => r.TenantId == tenantId && r.RequestId == requestId).ToList()));

    public Task<IReadOnlyList<AidRecord>> FindAidRecordsAsync(string tenantId, string kind, string matchKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AidRecord>>(Locked(() => _records.OfType<AidRecord>()
            .Where(r => r.TenantId == tenantId && r.Kind == kind && r.MatchKey == matchKey).ToList()));

    public Task<SppIsForm?> FindFormAsync(string tenantId, Guid formRecordId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Locked(() => _records.OfType<SppIsForm>().FirstOrDefault(f => f.TenantId == tenantId && f.Id == formRecordId)));

    public Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        Locked(() => Saves++);
        return Task.CompletedTask;
    }

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
