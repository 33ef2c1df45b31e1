using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Simulator;

/// <summary>
/// Entry point when the simulator runs on its own (<c>dotnet run --project src/Simulator/PrimaWeb.Workflows.Simulator</c>,
/// http://127.0.0.1:5090 by default). An explicit class, not top-level statements: the Web host references this
/// assembly to start it in-process and two global <c>Program</c> classes would clash.
/// </summary>
public static class SimulatorProgram
{
    public static async Task Main(string[] args)
    {
        var app = SimulatorHost.Build(args);
        await app.RunAsync();
    }
}
