using Microsoft.AspNetCore.Http.HttpResults;
using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Integrations.Errors;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
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
            .AddEndpointFilter<DomainValidationFilter>();

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

    public static IServiceCollection AddPersonFeatures(this IServiceCollection services) => services.AddScoped<PersonDirectory>();

    internal static async Task<Results<Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> FindByNissAsync(
        string? niss, PersonDirectory directory, CancellationToken cancellationToken)
    {
        if (!Niss.TryParse(niss, out var number, out _, out var message))
        {
            return ApiProblems.Invalid("niss", message ?? "A NISS is required.");
        }

        if (await directory.FindAsync(number, cancellationToken) is { } known)
        {
            return TypedResults.Ok(PersonMapping.ToDto(known));
        }

        try
        {
            return TypedResults.Ok(PersonMapping.ToDto(await directory.ConsultAsync(number, null, cancellationToken)));
        }
        catch (UnknownNissException)
        {
            return ApiProblems.NotFound("person");
        }
        catch (FederalServiceException failure) when (failure is ServiceUnavailableException or MalformedAnswerException or FederalServiceRefusedException)
        {
            return ApiProblems.Unavailable(failure.Message);
        }
    }

    internal static async Task<Results<Ok<PersonSearchResult>, ValidationProblem>> SearchAsync(
        string? lastName, string? firstName, string? birthDate, int? tolerance, PersonDirectory directory, CancellationToken cancellationToken)
    {
        var criteria = PersonSearchCriteria.Read(lastName, firstName, birthDate, tolerance, out var errors);
        if (criteria is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var (bornFrom, bornUntil) = criteria.BirthRange();
        var own = await directory.SearchAsync(criteria.LastName, criteria.FirstName, bornFrom, bornUntil, cancellationToken);
        var found = own.Select(PersonMapping.ToDto).ToList();
        string? registerMessage = null;
        try
        {
            var known = found.Select(p => p.Niss).ToHashSet(StringComparer.Ordinal);
            found.AddRange((await directory.SearchRegistersAsync(criteria.ToPhoneticCriteria(), cancellationToken))
                .Where(person => !known.Contains(person.SSIN.ToString()))
                .Select(PersonMapping.ToDto));
        }
        catch (FederalServiceException failure)
        {
            // The CPAS's own persons are still worth showing when the registers cannot be searched.
            registerMessage = failure.Message;
        }

        return TypedResults.Ok(new PersonSearchResult(found, registerMessage));
    }

    internal static async Task<Results<Created<PersonDto>, Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> CreateBisAsync(
        CreateBisRequestDto body, PersonDirectory directory, ICurrentUser user, CancellationToken cancellationToken)
    {
        var request = BisRequestReader.Read(body, out var errors);
        if (request is null)
        {
            return ApiProblems.Invalid(errors);
        }

        try
        {
            var answer = await directory.CreateBisAsync(request, cancellationToken);
            if (await directory.FindAsync(answer.SSIN, cancellationToken) is { } known)
            {
                return TypedResults.Ok(PersonMapping.ToDto(known));
            }

            var language = BisRequestReader.Language(body) ?? await directory.DefaultLanguageAsync(cancellationToken);
            var person = BisRequestReader.ToPerson(body, user.TenantCode, answer.SSIN, language);
            directory.Add(person);
            await directory.SaveAsync(cancellationToken);
            var dto = PersonMapping.ToDto(person);
            return answer.Created
                ? TypedResults.Created($"/api/persons?niss={dto.Niss}", dto)
                : TypedResults.Ok(dto);
        }
        catch (InvalidFederalRequestException invalid)
        {
            return ApiProblems.Invalid(invalid.Fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()));
        }
        catch (FederalServiceException failure)
        {
            return ApiProblems.Unavailable(failure.Message);
        }
    }
}
