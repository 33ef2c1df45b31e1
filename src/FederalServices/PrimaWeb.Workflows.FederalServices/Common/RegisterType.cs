namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>Which register holds the person (National Register IT210, or the BCSS BIS register).</summary>
public enum RegisterType
{
    Population,
    Foreigners,
    Waiting,
    Bis,
}
