namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>The XSD <c>PersonData</c> of a proof or verification: last name, optional first name, birth date (may be incomplete).</summary>
public sealed record PersonData(string LastName, string? FirstName, string? BirthDate);
