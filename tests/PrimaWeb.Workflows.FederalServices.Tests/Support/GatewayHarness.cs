using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;
using PrimaWeb.Workflows.FederalServices.Access;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.FederalServices.Calls;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Control;
using PrimaWeb.Workflows.FederalServices.Heating;
using PrimaWeb.Workflows.FederalServices.Identification;
using PrimaWeb.Workflows.FederalServices.Investigation;
using PrimaWeb.Workflows.FederalServices.Mutations;
using PrimaWeb.Workflows.FederalServices.SppIs;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;
using PrimaWeb.Workflows.Testing.Host;

namespace PrimaWeb.Workflows.FederalServices.Tests.Support;

/// <summary>
/// The gateway wired by <c>AddFederalServicesGateway</c> against the test simulator (<see cref="TestSimulator"/>), both
/// on one fake clock (16 March 2026), with three retries.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public const string Cpas = "cpas-namur";
    public const string OtherCpas = "cpas-liege";

    private readonly ServiceProvider _services;
    private readonly string _user = "social.worker@cpas.example";

    private GatewayHarness(RunningSimulator simulator, ServiceProvider services, FakeTimeProvider time)
    {
        Simulator = simulator;
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public RunningSimulator Simulator { get; }

    public SimulatorState State => Simulator.State;

    public InMemoryIntegrationDirectory Directory => (InMemoryIntegrationDirectory)_services.GetRequiredService<IIntegrationDirectory>();

    public InMemoryAuditLog Audit => (InMemoryAuditLog)_services.GetRequiredService<IAuditLog>();

    public IIdentificationClient Identification => _services.GetRequiredService<IIdentificationClient>();

    public IAccessClient Access => _services.GetRequiredService<IAccessClient>();

    public IInvestigationClient Investigation => _services.GetRequiredService<IInvestigationClient>();

    public ISppIsClient SppIs => _services.GetRequiredService<ISppIsClient>();

    public IHeatingClient Heating => _services.GetRequiredService<IHeatingClient>();

    public IMutationsClient Mutations => _services.GetRequiredService<IMutationsClient>();

    public DateOnly Today => LegalClock.Today(Time);

    public static async Task<GatewayHarness> StartAsync(
        Dictionary<string, string?>? settings = null, TimeSpan? answerDelay = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));
        var simulator = await TestSimulator.StartAsync(time, answerDelay);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(TestSimulator.GatewaySettings(simulator))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FederalServices:MaxRetryAttempts"] = "3" })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddFederalServicesGateway(configuration);
        return new GatewayHarness(simulator, services.BuildServiceProvider(), time);
    }

    public FederalCallContext Context(string? caseId = "CASE-1", string? idempotencyKey = null, string cpas = Cpas) =>
        new(cpas, _user, caseId, "REQ-1", LegalContext.SocialInquiry, idempotencyKey);

    /// <summary>Integrates in the application's directory and in the simulated BCSS directory alike.</summary>
    public void Integrate(Niss person, int code = 1, Period? period = null, string cpas = Cpas)
    {
        period ??= new Period(Today.AddDays(-10), Today.AddDays(40));
        Directory.Register(cpas, person, (CapacityCode)code, period.StartDate, period.EndDate);
        State.Integrate(cpas, person, code, period);
    }

    public SimulatedPerson Person(Func<SimulatedPerson, bool> predicate) =>
        State.Population.Persons.First(p => p.DeathDate is null && predicate(p));

    public SimulatedPerson IntegratedPerson(Func<SimulatedPerson, bool> predicate, int code = 1)
    {
        var person = Person(predicate);
        Integrate(person.Niss, code);
        return person;
    }

    public int RequestsTo(string service) => Simulator.Journal.For(service).Count;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
