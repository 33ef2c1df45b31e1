namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>Last name and first names as registered.</summary>
public sealed record PersonName(string LastName, string FirstName, string? MiddleName = null)
{
    public override string ToString() => $"{LastName}, {FirstName}";
}
