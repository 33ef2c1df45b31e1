namespace PrimaWeb.Workflows.FederalServices.Common;

/// <summary>A Belgian (or foreign) address as the National Register gives it.</summary>
public sealed record Address(
    string StreetName,
    string HouseNumber,
    string? BoxNumber,
    string PostalCode,
    string Municipality,
    string CountryCode = "BE");
