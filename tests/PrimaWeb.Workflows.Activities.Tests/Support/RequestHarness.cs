using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Persistence.InMemory;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.FederalServices;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Testing;
using PrimaWeb.Workflows.Testing.Host;
using Case = PrimaWeb.Workflows.Domain.Cases.Case;

namespace PrimaWeb.Workflows.Activities.Tests.Support;

/// <summary>
/// The engine on its in-memory store with every PrimaWeb activity, the in-memory case file, the gateway and the
/// in-process simulator, all on one fake clock (Monday 2 March 2026, 9:00 UTC). The outbox, the timers and the SPP-IS
/// polling job run only when a test asks, as ADR 0501 says tests drive them.
/// </summary>
public sealed class RequestHarness : IAsyncDisposable
{
    public const string Tenant = "cpas-namur";
    public const string Worker = "sophie.lambert";
    public const string Manager = "marc.manager";

    private readonly ServiceProvider _services;

    private RequestHarness(RunningSimulator simulator, ServiceProvider services, FakeTimeProvider clock, InMemoryCaseFile caseFile)
    {
        Simulator = simulator;
        _services = services;
        Clock = clock;
        CaseFile = caseFile;
    }

    public FakeTimeProvider Clock { get; }

    public RunningSimulator Simulator { get; }

    public InMemoryCaseFile CaseFile { get; }

    public IServiceProvider Services => _services;

    public DateOnly Today => LegalClock.Today(Clock);

    public static async Task<RequestHarness> StartAsync(TimeSpan? answerDelay = null, Action<WorkflowEngineBuilder>? configure = null, DateTimeOffset? start = null)
    {
        var clock = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var simulator = await TestSimulator.StartAsync(clock, answerDelay);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestSimulator.GatewaySettings(simulator)).Build();
        var caseFile = new InMemoryCaseFile();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(caseFile);
        services.AddSingleton<ICaseFileStore>(caseFile);
        services.AddSingleton<ICaseFileUnitOfWork>(caseFile);
        services.AddSingleton<ISppIsFormQueue>(caseFile);
        services.AddSingleton<IRunningGrants>(caseFile);
        services.AddSingleton<IIntegrationDirectory>(caseFile);
        services.AddFederalServicesGateway(configuration);
        var engine = services.AddWorkflowEngine().AddPrimaWebActivities(Repository.PathTo("definitions"));
        configure?.Invoke(engine);
        services.AddInMemoryWorkflowStore();
        var harness = new RequestHarness(simulator, services.BuildServiceProvider(), clock, caseFile);
        foreach (var id in new[] { "dis", "equivalent-ris", "heating-allowance" })
        {
            // Every version: a request runs on the one in force on its reception date (v2 from 3 December 2026).
            foreach (var file in Directory.GetFiles(Repository.PathTo("definitions", id), "v*.json").Order(StringComparer.Ordinal))
            {
                await harness.ImportAsync(File.ReadAllText(file));
            }
        }

        return harness;
    }

    public Task ImportAsync(string json) => InScopeAsync(sp => sp.GetRequiredService<DefinitionCatalog>().ImportAsync(json, CancellationToken.None));

    /// <summary>A person of the simulated population, known to the CPAS.</summary>
    public Person AddPerson(SimulatedPerson simulated, Language language = Language.Fr)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        var person = new Person(Tenant, simulated.Niss, simulated.Name.LastName, simulated.Name.FirstName, null, Gender.Unknown, "BE",
            new Address("Rue de Fer", "12", null, "5000", "Namur"), language);
        CaseFile.Add(person);
        return person;
    }

    /// <summary>Living persons of full age whose NISS carries their whole birth date, so a proof by person data matches.</summary>
    public IEnumerable<SimulatedPerson> Adults() =>
        Simulator.State.Population.Persons.Where(p => p.DeathDate is null && !p.Niss.IsBis && p.BirthDate.IsComplete
            && p.Niss.BirthDate == p.BirthDate.ToDateOrFirst() && p.BirthDate.ToDateOrFirst() < new DateOnly(2000, 1, 1));

    public (Case Case, Request Request) OpenRequest(Person main, RequestType type, DateOnly receivedOn, params (Person Person, HouseholdRelation Relation)[] others)
    {
        ArgumentNullException.ThrowIfNull(main);
        var @case = new Case(Tenant, $"DOS-{CaseFile.Records.Count + 1:000}-{main.LastName[..Math.Min(3, main.LastName.Length)]}", main.Id, receivedOn.AddDays(-30), Today, Worker);
        foreach (var (person, relation) in others)
        {
            @case.AddDeFactoMember(new HouseholdMemberEntry(person.Id, relation, receivedOn.AddDays(-30)));
        }

        var request = new Request(Tenant, @case.Id, type, receivedOn, Today);
        CaseFile.Add(@case);
        CaseFile.Add(request);
        return (@case, request);
    }

    public static JsonObject Variables(Case @case, Request request, Person main, Language language = Language.Fr) => new()
    {
        ["tenantId"] = Tenant,
        ["caseId"] = @case.Id.ToString(),
        ["requestId"] = request.Id.ToString(),
        ["requestType"] = request.Type.ToString(),
        ["receivedOn"] = request.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["mainPersonId"] = main.Id.ToString(),
        ["language"] = language.ToString(),
        ["socialWorker"] = Worker,
    };

    public async Task<Guid> StartAsync(string definitionId, Case @case, Request request, Person main)
    {
        var result = await InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().StartAsync(
            new StartWorkflowRequest(definitionId)
            {
                ReceptionDate = request.ReceivedOn,
                TenantId = Tenant,
                CorrelationKey = request.Id.ToString(),
                Actor = Worker,
                Variables = Variables(@case, request, main, main.Language),
            },
            CancellationToken.None));
        return result.InstanceId;
    }

    /// <summary>Delivers the outbox until nothing is due (a delivery may lead to a signal that enqueues more).</summary>
    public async Task<int> DeliverOutboxAsync()
    {
        var total = 0;
        for (var round = 0; round < 20; round++)
        {
            var delivered = await InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None));
            if (delivered == 0)
            {
                return total;
            }

            total += delivered;
        }

        return total;
    }

    public Task<IReadOnlyList<OutboxMessage>> PendingOutboxAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListDueOutboxMessagesAsync(DateTimeOffset.MaxValue, 100, CancellationToken.None));

    public Task<int> PollAnswersAsync() => Services.GetRequiredService<SppIsAnswerPoller>().PollAsync(CancellationToken.None);

    /// <summary>Fires every timer due at the fake clock's time.</summary>
    public async Task<int> FireDueTimersAsync()
    {
        var timers = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListTimersAsync(CancellationToken.None));
        var fired = 0;
        foreach (var timer in timers.Where(t => t.DueAt <= Clock.GetUtcNow()))
        {
            fired += (await InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().FireTimerAsync(timer.BookmarkId, CancellationToken.None))).Applied ? 1 : 0;
        }

        return fired;
    }

    public Task<IReadOnlyList<HumanTask>> OpenTasksAsync(string? taskType = null) => InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().QueryAsync(
        new InboxQuery(Tenant) { TaskType = taskType, Statuses = [HumanTaskStatus.Open, HumanTaskStatus.Claimed] }, CancellationToken.None));

    /// <summary>Completes the one open task of a type with a payload; fails with the form's errors.</summary>
    public async Task CompleteAsync(string taskType, JsonObject payload, string actor = Worker)
    {
        var tasks = await OpenTasksAsync(taskType);
        tasks.Count.ShouldBe(1, $"one open task '{taskType}' expected, found {tasks.Count}: {string.Join(", ", (await OpenTasksAsync()).Select(t => t.TaskType))}");
        var task = tasks[0];
        var result = await InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
            new TaskCommand(task.Id, task.Revision, Guid.NewGuid().ToString(), actor), payload, CancellationToken.None));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    public Task<WorkflowInstance> InstanceAsync(Guid id) => InScopeAsync(async sp => (await sp.GetRequiredService<WorkflowRunner>().FindInstanceAsync(id, CancellationToken.None))!);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
