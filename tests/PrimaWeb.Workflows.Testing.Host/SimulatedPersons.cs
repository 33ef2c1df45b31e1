using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.Testing.Host;

/// <summary>The population the embedded simulator generates with its default options (same seed, same persons).</summary>
public static class SimulatedPersons
{
    private static readonly Lazy<SimulatedPopulation> Population = new(() =>
    {
        var options = new SimulatorOptions();
        return SimulatedPopulation.Generate(options.Seed, options.PopulationSize, options.ReferenceDate);
    });

    /// <summary>Living adults of the National Register with a complete birth date, in a stable order.</summary>
    public static IReadOnlyList<SimulatedPerson> Adults { get; } =
    [
        .. Population.Value.Persons
            .Where(p => p.Register != RegisterType.Bis && p.DeathDate is null && p.BirthDate.IsComplete && p.BirthDate.Year < 1990)
            .OrderBy(p => p.Niss.ToString(), StringComparer.Ordinal),
    ];

    public static SimulatedPerson Partner(SimulatedPerson person) =>
        Population.Value.HouseholdOf(person).Members.First(p => p != person && p.DeathDate is null);
}
