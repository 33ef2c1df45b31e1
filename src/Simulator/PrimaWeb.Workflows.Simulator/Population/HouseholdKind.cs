namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>The kinds of household the population is made of.</summary>
public enum HouseholdKind
{
    CoupleWithChildren,
    CoupleWithoutChildren,
    SingleParent,
    Isolated,
    Cohabitants,
    Student,
    Pensioners,
    AsylumSeekers,
}
