using PrimaWeb.Workflows.Simulator.Faults;

namespace PrimaWeb.Workflows.Simulator.Hosting;

/// <summary>Settings of the simulator, bound from the configuration section <c>Simulator</c> when run alone.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>Where to listen. Port 0 picks a free loopback port (tests, in-process start).</summary>
    public string Url { get; set; } = "http://127.0.0.1:5090";

    /// <summary>Seed of the population: same seed, same persons.</summary>
    public int Seed { get; set; } = 65_1965;

    /// <summary>Persons to generate at least (whole households are added until reached).</summary>
    public int PopulationSize { get; set; } = 320;

    /// <summary>Day the population's ages and periods are computed from, so it does not depend on the clock.</summary>
    public DateOnly ReferenceDate { get; set; } = new(2026, 1, 1);

    /// <summary>How long the SPP-IS takes to answer a form (read with the injected TimeProvider).</summary>
    public TimeSpan AnswerDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether the registers also hold the demo CPAS's households (<see cref="Population.DemoHouseholds"/>).</summary>
    public bool DemoHouseholds { get; set; } = true;

    /// <summary>Faults active from the start.</summary>
    public List<FaultRule> Faults { get; set; } = [];

    /// <summary>Console logging of requests; off when started in-process by tests.</summary>
    public bool Logging { get; set; } = true;
}
