using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Domain.Calculations.Heating;
using PrimaWeb.Workflows.Domain.Calculations.Ris;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>
/// <c>POST /api/calculations/ris</c> and <c>POST /api/calculations/heating-allowance</c>: compute with the reference data
/// registered in the container (<see cref="CalculationReferenceData"/>) and answer the result with its breakdown, or
/// 400 with a problem document naming each invalid field. Social workers and managers of a CPAS may call them.
/// </summary>
internal static class CalculationEndpoints
{
    public static IEndpointRouteBuilder MapCalculationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/calculations")
            .WithTags("Calculations")
            .RequireAuthorization(Policies.WorkCases)
            .WithPrimaWebProblems();

        group.MapPost("/ris", CalculateRis)
            .WithName("CalculateRis")
            .WithSummary("Computes the RIS (revenu d'intégration) for a period, with its breakdown.")
            .WithDescription("Category 1, 2 or 3; period whole or partial months; household members and their resources. "
                + "The period is split where the legal figures change; each segment lists every line with its legal article.")
            .Produces<RisCalculationResult>()
            .ProducesValidationProblem()
            .WithRequestExample(CalculationExamples.Ris);

        group.MapPost("/heating-allowance", CalculateHeatingAllowance)
            .WithName("CalculateHeatingAllowance")
            .WithSummary("Decides the heating allowance for one bulk invoice or pump receipt, with its breakdown.")
            .WithDescription("Eligibility by category (1 BIM, 2 low income, 3 debt mediation), allowance per litre by price band, "
                + "maximum litres, flat pump amount and the request deadline after delivery.")
            .Produces<HeatingAllowanceResult>()
            .ProducesValidationProblem()
            .WithRequestExample(CalculationExamples.HeatingAllowance);

        return endpoints;
    }

    internal static Results<JsonHttpResult<RisCalculationResult>, ValidationProblem> CalculateRis(
        RisCalculationRequestDto body, CalculationReferenceData reference, TimeProvider time, IStringLocalizer<UiText> text)
    {
        var reader = new CalculationRequestReader(LegalClock.Today(time));
        var request = RisRequestMapping.ToDomain(body, reader);
        try
        {
            var result = new RisCalculator(reference.Ris).Calculate(request);
            return reader.HasErrors ? Invalid(reader, text) : TypedResults.Json(result, CalculationJson.Options);
        }
        catch (InvalidCalculationInputException ex)
        {
            reader.AddDomainErrors(ex.Errors);
            return Invalid(reader, text);
        }
    }

    internal static Results<JsonHttpResult<HeatingAllowanceResult>, ValidationProblem> CalculateHeatingAllowance(
        HeatingAllowanceRequestDto body, CalculationReferenceData reference, TimeProvider time, IStringLocalizer<UiText> text)
    {
        var reader = new CalculationRequestReader(LegalClock.Today(time));
        var request = HeatingRequestMapping.ToDomain(body, reader);
        try
        {
            var result = new HeatingAllowanceCalculator(reference.Heating).Calculate(request);
            return reader.HasErrors ? Invalid(reader, text) : TypedResults.Json(result, CalculationJson.Options);
        }
        catch (InvalidCalculationInputException ex)
        {
            reader.AddDomainErrors(ex.Errors);
            return Invalid(reader, text);
        }
    }

    private static ValidationProblem Invalid(CalculationRequestReader reader, IStringLocalizer<UiText> text) =>
        ApiProblems.Invalid(text, reader.Refusals);
}
