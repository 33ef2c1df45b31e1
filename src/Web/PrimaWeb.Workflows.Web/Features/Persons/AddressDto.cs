namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>A postal address; <see cref="CountryCode"/> is ISO 3166-1 alpha-2, <c>BE</c> when omitted.</summary>
public sealed record AddressDto(string Street, string HouseNumber, string? Box, string PostalCode, string Municipality, string? CountryCode = "BE");
