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

    /// <summary>The first adult of <see cref="Adults"/> who lives alone and meets <paramref name="condition"/>.</summary>
    public static SimulatedPerson LivingAlone(Func<SimulatedPerson, bool> condition) => AllLivingAlone(condition).First();

    /// <summary>Every adult who lives alone and meets the condition, in the order of <see cref="Adults"/>.</summary>
    public static IEnumerable<SimulatedPerson> AllLivingAlone(Func<SimulatedPerson, bool> condition) =>
        Adults.Where(p => Population.Value.HouseholdOf(p).Members.Count(m => m.DeathDate is null) == 1 && condition(p));

    public static SimulatedPerson Partner(SimulatedPerson person) =>
        Population.Value.HouseholdOf(person).Members.First(p => p != person && p.DeathDate is null);

    /// <summary>
    /// The first adult of <see cref="Adults"/> who heads a household of a living partner and exactly
    /// <paramref name="children"/> living children, all minors on <paramref name="day"/>: the register's category 3 family.
    /// </summary>
    public static (SimulatedPerson Main, SimulatedPerson Partner, IReadOnlyList<SimulatedPerson> Children) Family(int children, DateOnly day)
    {
        foreach (var main in Adults.Where(p => p.HouseholdRole == "REFERENCE"))
        {
            var others = Population.Value.HouseholdOf(main).Members.Where(m => m != main && m.DeathDate is null).ToList();
            var minors = others.Where(m => m.HouseholdRole == "CHILD" && m.BirthDate.IsComplete && m.BirthDate.ToDateOrFirst().AddYears(18) > day).ToList();
            if (others.Count == children + 1 && minors.Count == children && others.SingleOrDefault(m => m.HouseholdRole == "PARTNER") is { } partner)
            {
                return (main, partner, minors);
            }
        }

        throw new InvalidOperationException($"The simulated population has no family of a couple and {children} minor children on {day:yyyy-MM-dd}.");
    }
}
