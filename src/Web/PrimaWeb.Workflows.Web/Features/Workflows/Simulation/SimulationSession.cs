using System.Globalization;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Activities;
using PrimaWeb.Workflows.Activities.SppIs;
using PrimaWeb.Workflows.Activities.Variables;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Cases;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Persistence.InMemory;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.FederalServices;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Web.Features.Requests;

namespace PrimaWeb.Workflows.Web.Features.Workflows.Simulation;

/// <summary>
/// One simulation: the engine on its own in-memory store, with every PrimaWeb activity, a case file in memory, the
/// gateway pointed at a simulator of the federal services started for this simulation alone, all on a virtual clock the
/// analyst moves. Nothing here knows the application's database, its gateway or its Hangfire: a simulation cannot
/// touch a real case. The outbox, the SPP-IS answers and the timers are run here, each time the simulation settles.
/// </summary>
internal sealed class SimulationSession : IAsyncDisposable
{
    public const string Tenant = "cpas-simulation";
    public const string SocialWorker = "simulation";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly RunningSimulator _simulator;
    private readonly ServiceProvider _services;
    private readonly VirtualClock _clock;
    private readonly SimulatedCaseFile _caseFile;
    private Guid _instanceId;

    private SimulationSession(Guid id, WorkflowDefinition definition, RunningSimulator simulator, ServiceProvider services, VirtualClock clock, SimulatedCaseFile caseFile)
    {
        Id = id;
        Definition = definition;
        _simulator = simulator;
        _services = services;
        _clock = clock;
        _caseFile = caseFile;
    }

    public Guid Id { get; }

    public WorkflowDefinition Definition { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>The simulator's population for the default seed: the persons an analyst may pick.</summary>
    public static SimulatedPopulation Population { get; } =
        SimulatedPopulation.Generate(new SimulatorOptions().Seed, new SimulatorOptions().PopulationSize, new SimulatorOptions().ReferenceDate);

    /// <summary>Adults of the population whose NISS carries their birth date, so the registers prove who they are.</summary>
    public static IEnumerable<SimulatedPerson> Adults() =>
        Population.Persons.Where(p => p.DeathDate is null && !p.Niss.IsBis && p.BirthDate.IsComplete
            && p.Niss.BirthDate == p.BirthDate.ToDateOrFirst() && p.BirthDate.ToDateOrFirst() < new DateOnly(2000, 1, 1));

    /// <summary>Starts the simulator and the engine, loads <paramref name="definition"/> and starts it for the person.</summary>
    public static async Task<SimulationSession> StartAsync(
        WorkflowDefinition definition, SimulatedPerson main, IReadOnlyList<SimulatedPerson> household, DateOnly receivedOn, string definitionsFolder, CancellationToken cancellationToken)
    {
        var clock = new VirtualClock(new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Url = "http://127.0.0.1:0", Logging = false }, clock, cancellationToken);
        var caseFile = new SimulatedCaseFile();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ICaseFileStore>(caseFile);
        services.AddSingleton<ICaseFileUnitOfWork>(caseFile);
        services.AddSingleton<ISppIsFormQueue>(caseFile);
        services.AddSingleton<FederalServices.Control.IIntegrationDirectory>(caseFile);
        services.AddFederalServicesGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FederalServices:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["FederalServices:RetryBaseDelay"] = "00:00:00.010",
        }).Build());
        services.AddWorkflowEngine().AddPrimaWebActivities(definitionsFolder);
        services.AddInMemoryWorkflowStore();
        var session = new SimulationSession(Guid.NewGuid(), definition, simulator, services.BuildServiceProvider(), clock, caseFile);
        try
        {
            await session.BeginAsync(main, household, receivedOn, cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Moves the virtual clock and lets what became due happen (timers, the SPP-IS's answers).</summary>
    public async Task<SimulationDto> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _clock.Advance(by);
            await SettleAsync(cancellationToken);
            return await SnapshotCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Answers an open task as the social worker would; refused with the form's errors.</summary>
    public async Task<(SimulationDto? Snapshot, IReadOnlyList<string> Errors)> AnswerAsync(Guid taskId, JsonObject payload, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var task = await InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().FindAsync(taskId, cancellationToken));
            if (task is null || task.InstanceId != _instanceId || task.Status is not (HumanTaskStatus.Open or HumanTaskStatus.Claimed))
            {
                return (null, ["UnknownTask"]);
            }

            var result = await InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().CompleteAsync(
                new TaskCommand(task.Id, task.Revision, Guid.NewGuid().ToString(), task.Assignee ?? SocialWorker), payload, cancellationToken));
            if (!result.Succeeded)
            {
                return (null, [.. result.Refusals.Select(r => $"{r.Field}: {r.Code}")]);
            }

            await SettleAsync(cancellationToken);
            return (await SnapshotCoreAsync(cancellationToken), []);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<SimulationDto> SnapshotAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await SnapshotCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
        _gate.Dispose();
    }

    private async Task BeginAsync(SimulatedPerson main, IReadOnlyList<SimulatedPerson> household, DateOnly receivedOn, CancellationToken cancellationToken)
    {
        // The version runs as if published, whatever its status, and only here.
        var runnable = Definition with { Status = DefinitionStatus.Published };
        await InScopeAsync(sp => sp.GetRequiredService<DefinitionCatalog>().ImportAsync(DefinitionJson.Write(runnable), cancellationToken));

        var person = ToPerson(main);
        _caseFile.Add(person);
        var @case = new Case(Tenant, "SIM-1", person.Id, receivedOn.AddDays(-30), receivedOn, SocialWorker);
        foreach (var member in household)
        {
            var other = ToPerson(member);
            _caseFile.Add(other);
            @case.AddDeFactoMember(new HouseholdMemberEntry(other.Id, HouseholdRelation.Other, receivedOn.AddDays(-30)));
        }

        var type = RequestWorkflows.TypeOf(Definition.DefinitionId);
        var request = new Request(Tenant, @case.Id, type, receivedOn, receivedOn);
        _caseFile.Add(@case);
        _caseFile.Add(request);
        var run = await InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().StartAsync(
            new StartWorkflowRequest(Definition.DefinitionId)
            {
                Version = Definition.Version,
                ReceptionDate = receivedOn,
                TenantId = Tenant,
                CorrelationKey = request.Id.ToString(),
                Actor = SocialWorker,
                Variables = RequestVariables.Start(Tenant, @case.Id, request.Id, type, receivedOn, person.Id, Language.Fr, SocialWorker),
            },
            cancellationToken));
        _instanceId = run.InstanceId;
        await SettleAsync(cancellationToken);
    }

    private static Person ToPerson(SimulatedPerson simulated) =>
        new(Tenant, simulated.Niss, simulated.Name.LastName, simulated.Name.FirstName, null, Gender.Unknown, "BE",
            new Address("Rue de la Simulation", "1", null, "5000", "Namur"), Language.Fr);

    /// <summary>Delivers the outbox, collects the SPP-IS's answers and fires due timers until nothing more happens.</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        for (var round = 0; round < 20; round++)
        {
            var delivered = await InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, cancellationToken));
            var answered = await _services.GetRequiredService<SppIsAnswerPoller>().PollAsync(cancellationToken);
            var fired = 0;
            var timers = await InScopeAsync(sp => sp.GetRequiredService<IWorkflowStore>().ListTimersAsync(cancellationToken));
            foreach (var timer in timers.Where(t => t.DueAt <= _clock.GetUtcNow()).OrderBy(t => t.DueAt))
            {
                fired += (await InScopeAsync(sp => sp.GetRequiredService<WorkflowRunner>().FireTimerAsync(timer.BookmarkId, cancellationToken))).Applied ? 1 : 0;
            }

            if (delivered + answered + fired == 0)
            {
                return;
            }
        }
    }

    private async Task<SimulationDto> SnapshotCoreAsync(CancellationToken cancellationToken)
    {
        LastUsed = DateTimeOffset.UtcNow;
        await using var scope = _services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        var instance = (await store.FindInstanceAsync(_instanceId, cancellationToken))!;
        var journal = await store.ListJournalAsync(_instanceId, cancellationToken);
        var bookmarks = await store.ListBookmarksAsync(_instanceId, cancellationToken);
        var timers = await store.ListTimersAsync(cancellationToken);
        var tasks = await InScopeAsync(sp => sp.GetRequiredService<HumanTaskService>().QueryAsync(
            new InboxQuery(Tenant) { Statuses = [HumanTaskStatus.Open, HumanTaskStatus.Claimed] }, cancellationToken));
        var path = journal
            .Where(j => j.ActivityId is not null && j.Kind is JournalEventKind.ActivityCompleted or JournalEventKind.ActivitySuspended or JournalEventKind.ActivityFaulted)
            .Select(j => new SimulationStepDto(j.At, j.ActivityId!, j.Kind.ToString(), j.Outcome))
            .ToList();
        var fault = journal.LastOrDefault(j => j.Kind is JournalEventKind.ActivityFaulted or JournalEventKind.InstanceFaulted)?.Message;
        return new SimulationDto(
            Id,
            Definition.DefinitionId,
            Definition.Version,
            _clock.GetUtcNow(),
            instance.Status.ToString(),
            path,
            [.. tasks.Where(t => t.InstanceId == _instanceId).Select(ToTask)],
            [.. _caseFile.Records.OfType<SppIsForm>().Select(f => new SimulationFormDto(f.Type.ToString(), f.Status.ToString(), f.SentAt))],
            [.. _caseFile.Records.OfType<NotificationLetter>().Select(l => new SimulationLetterDto(l.Template, l.Language.ToString(), l.Content))],
            [.. timers.Where(t => bookmarks.Any(b => b.Id == t.BookmarkId)).Select(t => new SimulationTimerDto(bookmarks.First(b => b.Id == t.BookmarkId).ActivityId, t.DueAt)).OrderBy(t => t.DueAt)],
            [.. bookmarks.Select(b => b.ActivityId).Distinct(StringComparer.Ordinal)],
            instance.Status == WorkflowStatus.Faulted ? fault : null);
    }

    private SimulationTaskDto ToTask(HumanTask task)
    {
        var form = task.ReadForm();
        var example = new JsonObject();
        foreach (var field in form)
        {
            example[field.Name] = Example(field);
        }

        return new SimulationTaskDto(
            task.Id,
            task.TaskType,
            task.ActivityId,
            task.CandidateRole,
            [.. form.Select(f => new SimulationFieldDto(f.Name, f.Type.ToString(), f.Required, f.Choices))],
            example);
    }

    private JsonNode? Example(FormField field) => field.Type switch
    {
        FormFieldType.Number => field.Min ?? 0m,
        FormFieldType.Flag => false,
        FormFieldType.Date => LegalClock.Today(_clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FormFieldType.Choice => field.Choices is { Count: > 0 } choices ? choices[0] : "",
        FormFieldType.Group => new JsonArray(),
        _ => field.Required ? "…" : "",
    };

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
