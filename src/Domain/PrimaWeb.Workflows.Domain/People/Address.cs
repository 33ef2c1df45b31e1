using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Domain.People;

/// <summary>
/// A postal address (value object). Belgian addresses need a four-digit postal code; foreign ones keep the code as
/// written. <see cref="CountryCode"/> is ISO 3166-1 alpha-2 (BE, FR, NL …).
/// </summary>
public sealed record Address
{
    public Address(string street, string houseNumber, string? box, string postalCode, string municipality, string countryCode = "BE")
    {
        Street = Guard.RequiredText(street, nameof(Street), "street", 150);
        HouseNumber = Guard.RequiredText(houseNumber, nameof(HouseNumber), "house number", 10);
        Box = Guard.OptionalText(box, nameof(Box), "box", 10);
        PostalCode = Guard.RequiredText(postalCode, nameof(PostalCode), "postal code", 10);
        Municipality = Guard.RequiredText(municipality, nameof(Municipality), "municipality", 100);
        CountryCode = CountryCodes.Validate(countryCode, nameof(CountryCode), "country code");
        if (CountryCode == "BE" && (PostalCode.Length != 4 || !PostalCode.All(char.IsAsciiDigit) || PostalCode[0] == '0'))
        {
            throw new DomainValidationException(
                nameof(PostalCode), RuleCodes.BelgianPostalCode, $"The Belgian postal code '{PostalCode}' must have 4 digits from 1000 to 9999.", PostalCode);
        }
    }

    public string Street { get; }

    public string HouseNumber { get; }

    public string? Box { get; }

    public string PostalCode { get; }

    public string Municipality { get; }

    public string CountryCode { get; }

    public override string ToString() =>
        $"{Street} {HouseNumber}{(Box is null ? string.Empty : " bte " + Box)}, {PostalCode} {Municipality}"
        + (CountryCode == "BE" ? string.Empty : $" ({CountryCode})");
}
