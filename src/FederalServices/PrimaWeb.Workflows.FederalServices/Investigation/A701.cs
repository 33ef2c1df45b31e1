using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.FederalServices.Investigation;

/// <summary>A701: the ONSS / ONSSAPL employer directory, by ONSS employer number (concerns no person).</summary>
public sealed record A701Request(string EmployerNumber);

/// <summary>The employer's identification.</summary>
public sealed record A701Answer(string EmployerNumber, string CompanyId, string Name, Address Address, string NaceCode, string Sector);
