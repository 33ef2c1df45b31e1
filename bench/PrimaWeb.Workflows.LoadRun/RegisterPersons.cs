using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Simulator.Hosting;
using PrimaWeb.Workflows.Simulator.Population;

namespace PrimaWeb.Workflows.LoadRun;

/// <summary>Adults of the National Register the embedded simulator generates (its default seed): whom the clients' cases are for.</summary>
internal static class RegisterPersons
{
    public static IReadOnlyList<SimulatedPerson> Adults { get; } = Load();

    private static List<SimulatedPerson> Load()
    {
        var options = new SimulatorOptions();
        return
        [
            .. SimulatedPopulation.Generate(options.Seed, options.PopulationSize, options.ReferenceDate).Persons
                .Where(p => p.Register != RegisterType.Bis && p.DeathDate is null && p.BirthDate.IsComplete && p.BirthDate.Year < 1990)
                .OrderBy(p => p.Niss.ToString(), StringComparer.Ordinal),
        ];
    }
}
