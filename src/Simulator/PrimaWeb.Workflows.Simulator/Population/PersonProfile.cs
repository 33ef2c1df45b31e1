namespace PrimaWeb.Workflows.Simulator.Population;

/// <summary>The main situation of a person, which decides the data the flows return for him.</summary>
public enum PersonProfile
{
    Employee,
    Unemployed,
    SelfEmployed,
    Pensioner,
    Student,
    Child,
    AsylumSeeker,
    Inactive,
}
