using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The federal-services simulator running inside this process (the out-of-the-box set-up: no BCSS, no second
/// process to start). Started with the host and stopped with it; the gateway reads its address once it listens.
/// </summary>
internal sealed class EmbeddedSimulator(TimeProvider time) : IHostedService, IAsyncDisposable
{
    private RunningSimulator? _running;

    /// <summary>Where the simulator listens; only known once the host has started.</summary>
    public Uri BaseAddress => _running?.BaseAddress
        ?? throw new InvalidOperationException("The embedded simulator has not started yet: federal services are called only once the host runs.");

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _running = await SimulatorHost.StartAsync(new SimulatorOptions { Url = "http://127.0.0.1:0", Logging = false }, time, cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_running is { } running)
        {
            _running = null;
            await running.DisposeAsync();
        }
    }
}
