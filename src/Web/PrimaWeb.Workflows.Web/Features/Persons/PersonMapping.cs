using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Web.Features.Shared;
using RegisterAddress = PrimaWeb.Workflows.FederalServices.Common.Address;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>Between the domain's persons, the registers' natural persons and the API's <see cref="PersonDto"/>.</summary>
internal static class PersonMapping
{
    /// <summary>The National Register's nationality code of Belgians, the one code mapped to ISO here.</summary>
    public const int BelgianNationalityCode = 150;

    public static PersonDto ToDto(Person person) => new(
        person.Id,
        person.Niss.ToString(),
        person.LastName,
        person.FirstName,
        person.BirthDate is { } birth ? ApiDates.Format(birth) : null,
        person.Gender.ToString(),
        person.Nationality,
        person.Address is { } a ? new AddressDto(a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, a.CountryCode) : null,
        person.Language.ToString(),
        "Cpas");

    public static PersonDto ToDto(NaturalPerson person) => new(
        null,
        person.SSIN.ToString(),
        person.Name.LastName,
        person.Name.FirstName,
        person.BirthDate,
        person.Gender.ToString(),
        person.NationalityCode == BelgianNationalityCode ? "BE" : null,
        person.Address is { } a ? new AddressDto(a.StreetName, a.HouseNumber, a.BoxNumber, a.PostalCode, a.Municipality, a.CountryCode) : null,
        null,
        person.Register == RegisterType.Bis ? "Bis" : "NationalRegister");

    /// <summary>The register's person as a person of the CPAS, in <paramref name="language"/>.</summary>
    public static Person ToPerson(string tenantId, NaturalPerson person, Language language)
    {
        DateOnly? birth = IncompleteDate.TryParse(person.BirthDate, out var date) && date.IsComplete ? new DateOnly(date.Year, date.Month, date.Day) : null;
        return new Person(
            tenantId,
            person.SSIN,
            person.Name.LastName,
            person.Name.FirstName,
            birth,
            person.Gender,
            person.NationalityCode == BelgianNationalityCode ? "BE" : null,
            person.Address is { } a ? ToAddress(a) : null,
            language);
    }

    private static Domain.People.Address? ToAddress(RegisterAddress address)
    {
        try
        {
            return new Domain.People.Address(address.StreetName, address.HouseNumber, address.BoxNumber, address.PostalCode, address.Municipality, address.CountryCode);
        }
        catch (DomainValidationException)
        {
            // A register address the CPAS's rules refuse (e.g. a foreign postal code format) is left out rather than
            // blocking the import: the social worker completes it.
            return null;
        }
    }
}
