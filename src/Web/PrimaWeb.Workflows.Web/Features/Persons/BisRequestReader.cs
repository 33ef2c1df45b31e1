using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.People;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.FederalServices.Common;
using PrimaWeb.Workflows.FederalServices.Identification;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>Reads a BIS creation request by <see cref="BisRules"/>: every refused field is named, in the JSON spelling, before any call.</summary>
internal static class BisRequestReader
{
    public static CreateKszCitizenRequest? Read(CreateBisRequestDto body, DateOnly today, out IReadOnlyList<Refusal> refusals)
    {
        refusals = BisRules.Check(body, today);
        if (refusals.Count > 0)
        {
            return null;
        }

        return new CreateKszCitizenRequest(
            new PersonName(body.LastName!, body.FirstName!), body.BirthDate!, BisRules.Gender(body)!.Value, body.NationalityCode!.Value, body.BirthPlace,
            body.Address is { } a ? new Address(a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, a.CountryCode ?? "BE") : null);
    }

    public static Language? Language(CreateBisRequestDto body) => BisRules.Language(body);

    /// <summary>The person the CPAS keeps under the BIS number the register gave.</summary>
    public static Person ToPerson(CreateBisRequestDto body, string tenantId, Niss bis, Language language, Nationalities nationalities)
    {
        _ = IncompleteDate.TryParse(body.BirthDate, out var birth);
        return new Person(
            tenantId,
            bis,
            body.LastName!,
            body.FirstName!,
            birth.IsComplete ? new DateOnly(birth.Year, birth.Month, birth.Day) : null,
            BisRules.Gender(body)!.Value,
            body.Nationality ?? (body.NationalityCode is { } code ? nationalities.Of(code) : null),
            body.Address is { } a ? new Domain.People.Address(a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, a.CountryCode ?? "BE") : null,
            language);
    }
}
