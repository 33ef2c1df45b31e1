namespace PrimaWeb.Workflows.Domain.Identity;

/// <summary>Gender as the registers code it (0 unknown, 1 male, 2 female in the BCSS messages).</summary>
public enum Gender
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}
