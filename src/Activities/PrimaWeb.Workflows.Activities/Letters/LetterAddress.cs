using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.Activities.Letters;

/// <summary>
/// A postal address as a letter prints it: the parts, and the two lines already composed in the letter's language
/// ("Rue de Fer 12 bte 3" / "IJzerstraat 12 bus 3", then "5000 Namur").
/// </summary>
public sealed record LetterAddress(
    string Street,
    string HouseNumber,
    string? Box,
    string PostalCode,
    string Municipality,
    string CountryCode,
    string StreetLine,
    string CityLine)
{
    /// <summary>Both lines on one, as a line of the aid's figures prints a dwelling ("Rue de Fer 12 bte 3, 5000 Namur").</summary>
    public string OneLine => $"{StreetLine}, {CityLine}";

    /// <summary>Composes the printed lines of a domain address; a foreign address carries its country code on the second line.</summary>
    public static LetterAddress From(Address address, Language language)
    {
        var box = address.Box is null ? string.Empty : $" {LetterVocabulary.Box(language)} {address.Box}";
        var country = address.CountryCode == "BE" ? string.Empty : $" ({address.CountryCode})";
        return new LetterAddress(
            address.Street,
            address.HouseNumber,
            address.Box,
            address.PostalCode,
            address.Municipality,
            address.CountryCode,
            $"{address.Street} {address.HouseNumber}{box}",
            $"{address.PostalCode} {address.Municipality}{country}");
    }
}
