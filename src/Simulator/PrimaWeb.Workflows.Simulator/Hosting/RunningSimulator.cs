using PrimaWeb.Workflows.Simulator.Faults;

namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>A simulator started in-process: where it listens, its state (faults, journal, registers), and how to stop it.</summary>
public sealed class RunningSimulator(WebApplication app, Uri baseAddress, SimulatorState state) : IAsyncDisposable
{
    /// <summary>The base address to give the gateway (<c>FederalServices:BaseAddress</c>), ending with a slash.</summary>
    public Uri BaseAddress { get; } = baseAddress;

    public SimulatorState State { get; } = state;

    public FaultInjector Faults => State.Faults;

    public RequestJournal Journal => State.Journal;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
