using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>Between the domain's persons, the registers' natural persons and the API's <see cref="PersonDto"/>.</summary>
internal static class PersonMapping
{
    public static PersonDto ToDto(Person person) => new(
        person.Id,
        person.Niss.ToString(),
        person.LastName,
        person.FirstName,
        person.BirthDate is { } birth ? ApiDates.Format(birth) : null,
        person.Gender.ToString(),
        person.Nationality,
        ToDto(person.Address),
        person.Language.ToString(),
        "Cpas");

    public static PersonDto ToDto(NaturalPerson person, Nationalities nationalities) => new(
        null,
        person.SSIN.ToString(),
        person.Name.LastName,
        person.Name.FirstName,
        person.BirthDate,
        person.Gender.ToString(),
        nationalities.Of(person.NationalityCode),
        ToDto(person.Address),
        null,
        person.Register == RegisterType.Bis ? "Bis" : "NationalRegister");

    /// <summary>The register's person as a person of the CPAS, in <paramref name="language"/>.</summary>
    public static Person ToPerson(string tenantId, NaturalPerson person, Language language, Nationalities nationalities)
    {
        DateOnly? birth = IncompleteDate.TryParse(person.BirthDate, out var date) && date.IsComplete ? new DateOnly(date.Year, date.Month, date.Day) : null;
        return new Person(
            tenantId,
            person.SSIN,
            person.Name.LastName,
            person.Name.FirstName,
            birth,
            person.Gender,
            nationalities.Of(person.NationalityCode),
            person.Address,
            language);
    }

    private static AddressDto? ToDto(Address? address) => address is { } a
        ? new AddressDto(a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, a.CountryCode)
        : null;
}
