using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PrimaWeb.Workflows.Simulator.Endpoints;

namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>
/// Builds and starts the simulator: alone (<see cref="SimulatorProgram"/>) or in-process on a free loopback port for
/// tests and the Web host's embedded default (<see cref="StartAsync"/>).
/// </summary>
public static class SimulatorHost
{
    /// <summary>Starts the simulator in-process; by default on 127.0.0.1 with a free port and without console logging.</summary>
    public static async Task<RunningSimulator> StartAsync(
        SimulatorOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions { Url = "http://127.0.0.1:0", Logging = false };
        var app = Build([], options, time);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningSimulator(app, new Uri(address.EndsWith('/') ? address : address + "/"), app.Services.GetRequiredService<SimulatorState>());
    }

    /// <summary>
    /// Builds the web application. Without <paramref name="options"/> they are read from the <c>Simulator</c>
    /// configuration section (command line, environment variables); a <c>--urls</c> argument wins over the URL option. Given options are used as they are.
    /// </summary>
    public static WebApplication Build(string[] args, SimulatorOptions? options = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Options given by an embedding process are final: its configuration (e.g. the Web host's appsettings.json
        // "Urls", found in the shared base directory) must not move the simulator onto the host's own port.
        var url = options is null ? builder.Configuration["urls"] : null;
        options ??= builder.Configuration.GetSection(SimulatorOptions.SectionName).Get<SimulatorOptions>() ?? new SimulatorOptions();
        builder.WebHost.UseUrls(url ?? options.Url);
        builder.Logging.ClearProviders();
        if (options.Logging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(new SimulatorState(options, time ?? TimeProvider.System));

        var app = builder.Build();
        app.MapGet("/", (SimulatorState state) =>
            $"PrimaWeb.Workflows simulator of the BCSS and SPP-IS services: {state.Population.Count} persons (seed {state.Options.Seed}).");
        IdentificationEndpoints.Map(app);
        AccessEndpoints.Map(app);
        InvestigationEndpoints.Map(app);
        SppIsEndpoints.Map(app);
        HeatingEndpoints.Map(app);
        MutationEndpoints.Map(app);
        AdminEndpoints.Map(app);
        return app;
    }
}
