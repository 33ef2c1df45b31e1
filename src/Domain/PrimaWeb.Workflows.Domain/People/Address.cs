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
        if (Check(street, houseNumber, box, postalCode, municipality, countryCode) is [var first, ..])
        {
            throw first;
        }

        Street = street.Trim();
        HouseNumber = houseNumber.Trim();
        Box = Guard.OptionalText(box, nameof(Box), "box", 10);
        PostalCode = postalCode.Trim();
        Municipality = municipality.Trim();
        CountryCode = CountryCodes.Validate(countryCode, nameof(CountryCode), "country code");
    }

    /// <summary>
    /// Every rule the parts of an address break, each part checked on its own (so that a form marks each field), in
    /// the order the constructor reports them; empty when the address can be made.
    /// </summary>
    public static IReadOnlyList<DomainValidationException> Check(
        string? street, string? houseNumber, string? box, string? postalCode, string? municipality, string? countryCode = "BE")
    {
        var problems = new List<DomainValidationException>();
        Collect(problems, () => Guard.RequiredText(street, nameof(Street), "street", 150));
        Collect(problems, () => Guard.RequiredText(houseNumber, nameof(HouseNumber), "house number", 10));
        Collect(problems, () => Guard.OptionalText(box, nameof(Box), "box", 10));
        var postal = Collect(problems, () => Guard.RequiredText(postalCode, nameof(PostalCode), "postal code", 10));
        Collect(problems, () => Guard.RequiredText(municipality, nameof(Municipality), "municipality", 100));
        var country = Collect(problems, () => CountryCodes.Validate(countryCode, nameof(CountryCode), "country code"));
        if (country == "BE" && postal is not null && (postal.Length != 4 || !postal.All(char.IsAsciiDigit) || postal[0] == '0'))
        {
            problems.Add(new DomainValidationException(
                nameof(PostalCode), RuleCodes.BelgianPostalCode, $"The Belgian postal code '{postal}' must have 4 digits from 1000 to 9999.", postal));
        }

        return problems;
    }

    private static string? Collect(List<DomainValidationException> problems, Func<string?> check)
    {
        try
        {
            return check();
        }
        catch (DomainValidationException problem)
        {
            problems.Add(problem);
            return null;
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
