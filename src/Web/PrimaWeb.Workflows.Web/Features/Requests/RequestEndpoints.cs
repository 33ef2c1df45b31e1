using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary><c>POST /api/cases/{caseId}/requests</c>: file a DIS or equivalent-RIS request and start its workflow.</summary>
internal static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/cases/{caseId:guid}/requests")
            .WithTags("Requests")
            .RequireAuthorization(Policies.WorkCases)
            .AddEndpointFilter<DomainValidationFilter>()
            .MapPost("/", FileAsync)
            .WithName("FileRequest")
            .WithSummary("Files a DIS or equivalent-RIS request in a case and starts its workflow.")
            .WithDescription("The workflow is the version of the request type's definition in force on the reception day. "
                + "The request, its link to the workflow instance and the workflow's first steps commit together. "
                + "The reception day may not be in the future; the 30-day decision deadline runs from it.")
            .WithRequestExample(RequestExamples.File);
        return endpoints;
    }

    internal static async Task<Results<Created<FiledRequestDto>, ValidationProblem, ProblemHttpResult>> FileAsync(
        Guid caseId, FileRequestDto body, PrimaWebDbContext db, RequestFiling filing, TimeProvider time, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("case");
        }

        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<RequestType>(body.Type, ignoreCase: true, out var type) || !RequestWorkflows.Definitions.ContainsKey(type))
        {
            errors["type"] = [$"The request type is one of {string.Join(", ", RequestWorkflows.Definitions.Keys)}."];
        }

        var today = ApiDates.Today(time);
        if (!ApiDates.TryParseLegal(body.ReceivedOn, today, out var receivedOn, out var refusal))
        {
            errors["receivedOn"] = [refusal ?? "The reception day is required (yyyy-MM-dd)."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        try
        {
            var filed = await filing.FileAsync(@case, type, receivedOn, today, cancellationToken);
            return TypedResults.Created($"/api/cases/{caseId}", filed);
        }
        catch (InvalidOperationException noDefinition) when (noDefinition.Message.Contains("in force", StringComparison.Ordinal)
            || noDefinition.Message.Contains("takes no new starts", StringComparison.Ordinal))
        {
            return ApiProblems.Invalid("receivedOn", noDefinition.Message);
        }
    }
}
