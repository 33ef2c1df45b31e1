namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>A household: the persons sharing a main residence, the first one being the reference person.</summary>
public sealed class Household(int id, HouseholdKind kind)
{
    public int Id { get; } = id;

    public HouseholdKind Kind { get; } = kind;

    public List<SimulatedPerson> Members { get; } = [];
}
