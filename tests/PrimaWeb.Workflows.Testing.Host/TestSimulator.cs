using PrimaWeb.Workflows.Simulator.Hosting;

namespace PrimaWeb.Workflows.Testing.Host;

/// <summary>
/// The simulator of the BCSS and SPP-IS services as tests start it: in-process on a free loopback port, silent, on the
/// test's clock; and the gateway settings that point at it. The tests of the gateway, of the activities and of whole
/// requests use this one start-up.
/// </summary>
public static class TestSimulator
{
    /// <summary>Starts the simulator; its SPP-IS answers a form <paramref name="answerDelay"/> later (5 minutes unless given).</summary>
    public static Task<RunningSimulator> StartAsync(TimeProvider clock, TimeSpan? answerDelay = null) =>
        SimulatorHost.StartAsync(
            new SimulatorOptions { Url = "http://127.0.0.1:0", Logging = false, AnswerDelay = answerDelay ?? TimeSpan.FromMinutes(5) },
            clock);

    /// <summary>
    /// The gateway's configuration for this simulator. Transport time-outs stay real and generous (a loaded CI machine
    /// must not turn a slow answer into a retry); the back-off between retries is 10 ms.
    /// </summary>
    public static Dictionary<string, string?> GatewaySettings(RunningSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return new()
        {
            ["FederalServices:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["FederalServices:AttemptTimeout"] = "00:00:10",
            ["FederalServices:TotalTimeout"] = "00:00:30",
            ["FederalServices:RetryBaseDelay"] = "00:00:00.010",
        };
    }
}
