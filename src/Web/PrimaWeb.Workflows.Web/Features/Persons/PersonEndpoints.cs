using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Persons;

/// <summary>
/// <c>/api/persons</c>: find a person by NISS or phonetically, in the CPAS's own persons and in the National Register
/// (every register call audited by the gateway), and create a BIS number. Social workers and managers.
/// </summary>
internal static class PersonEndpoints
{
    public static IEndpointRouteBuilder MapPersonEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var persons = endpoints.MapGroup("/api/persons")
            .WithTags("Persons")
            .RequireAuthorization(Policies.WorkCases)
            .WithPrimaWebProblems();

        persons.MapGet("/", FindByNissAsync)
            .WithName("FindPersonByNiss")
            .WithSummary("The person with this NISS: the CPAS's own if known, otherwise the National Register's.")
            .WithDescription("The NISS may be written with or without its dots and dash (85.07.30-033.28 or 85073003328). "
                + "A register consultation is audited under the signed-in user and CPAS.");

        persons.MapGet("/search", SearchAsync)
            .WithName("SearchPersons")
            .WithSummary("Phonetic search by last name and birth date, in the CPAS's persons and the National Register.")
            .WithDescription("Spelling variants find each other (Dupont/Dupond, Janssens/Jansens, Van den Broek/Vandenbroeck). "
                + "birthDate is yyyy-MM-dd, or yyyy-MM-00 / yyyy-00-00 with a tolerance in months / years for the registers; "
                + "tolerance (0–10) is in days for a complete date. The CPAS's persons come first.");

        persons.MapPost("/bis", CreateBisAsync)
            .WithName("CreateBisNumber")
            .WithSummary("Creates a BIS number for a person unknown to the National Register, and adds the person to the CPAS.")
            .WithDescription("When the BIS register already holds an identical person, that number is returned (200) instead of a new one (201).")
            .WithRequestExample(PersonExamples.CreateBis);

        return endpoints;
    }

    internal static async Task<Results<Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> FindByNissAsync(
        string? niss, PersonLookup lookup, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        if (NissQuery.Read(niss, out var number) is { } refused)
        {
            return ApiProblems.Invalid(text, [refused]);
        }

        return await lookup.FindAsync(number, cancellationToken) switch
        {
            { Person: { } person } => TypedResults.Ok(person),
            { UnavailableMessage: { } unavailable } => ApiProblems.Unavailable(unavailable),
            _ => ApiProblems.NotFound(),
        };
    }

    internal static async Task<Results<Ok<PersonSearchResult>, ValidationProblem>> SearchAsync(
        string? lastName, string? firstName, string? birthDate, int? tolerance, PersonLookup lookup, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var criteria = PersonSearchCriteria.Read(lastName, firstName, birthDate, tolerance, out var refusals);
        return criteria is null ? ApiProblems.Invalid(text, refusals) : TypedResults.Ok(await lookup.SearchAsync(criteria, cancellationToken));
    }

    internal static async Task<Results<Created<PersonDto>, Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> CreateBisAsync(
        CreateBisRequestDto body, PersonLookup lookup, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var creation = await lookup.CreateBisAsync(body, cancellationToken);
        if (creation.UnavailableMessage is { } unavailable)
        {
            return ApiProblems.Unavailable(unavailable);
        }

        if (creation.Person is not { } person)
        {
            return ApiProblems.Invalid(text, creation.Refusals);
        }

        return creation.Created ? TypedResults.Created($"/api/persons?niss={person.Niss}", person) : TypedResults.Ok(person);
    }
}
