namespace PrimaWeb.Workflows.Simulator;

/// <summary>Entry point when the simulator runs on its own (<c>dotnet run --project src/Simulator/...</c>).</summary>
public static class SimulatorProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "PrimaWeb.Workflows simulator of the BCSS and SPP-IS services");
        await app.RunAsync();
    }
}
