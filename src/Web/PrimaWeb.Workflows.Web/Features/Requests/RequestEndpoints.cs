using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary><c>POST /api/cases/{caseId}/requests</c>: file a request and start its workflow.</summary>
internal static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/cases/{caseId:guid}/requests")
            .WithTags("Requests")
            .RequireAuthorization(Policies.WorkCases)
            .WithPrimaWebProblems()
            .MapPost("/", FileAsync)
            .WithName("FileRequest")
            .WithSummary("Files a request in a case and starts its workflow.")
            .WithDescription("The workflow is the version of the request type's definition in force on the reception day. "
                + "The request, its link to the workflow instance and the workflow's first steps commit together. "
                + "The reception day may not be in the future; the 30-day decision deadline runs from it. "
                + "details holds what the type asks at filing, the fields of its first task (HeatingAllowance: the delivery and the dwelling): "
                + "they complete that task in the same commit, and a refusal of one of them (400, field details.<name>) files nothing. "
                + "409 names the request of the same type still open on the case (openRequestId, openRequestType, openReceivedOn), "
                + "unless the type's definition allows several (customProperties.severalOpenPerCase).")
            .WithRequestExample(RequestExamples.File);
        return endpoints;
    }

    internal static async Task<Results<Created<FiledRequestDto>, ValidationProblem, ProblemHttpResult>> FileAsync(
        Guid caseId, FileRequestDto body, PrimaWebDbContext db, RequestFiling filing, TimeProvider time, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound();
        }

        var refusals = new List<Refusal>();
        if (!Enum.TryParse<RequestType>(body.Type, ignoreCase: true, out var type) || !RequestWorkflows.Definitions.ContainsKey(type) || int.TryParse(body.Type, out _))
        {
            refusals.Add(new Refusal("type", FormErrorCodes.Choice, $"The request type is one of {string.Join(", ", RequestWorkflows.Definitions.Keys)}."));
        }

        var today = LegalClock.Today(time);
        if (string.IsNullOrWhiteSpace(body.ReceivedOn))
        {
            refusals.Add(new Refusal("receivedOn", FormErrorCodes.Required, "The reception day is required (yyyy-MM-dd)."));
        }
        else if (!ApiDates.TryParse(body.ReceivedOn, out var day))
        {
            refusals.Add(new Refusal("receivedOn", FormErrorCodes.Date, "The reception day is a date written yyyy-MM-dd."));
        }
        else if (ApiDates.Implausible("receivedOn", day, today) is { } far)
        {
            refusals.Add(far);
        }

        if (refusals.Count > 0)
        {
            return ApiProblems.Invalid(text, refusals);
        }

        _ = ApiDates.TryParse(body.ReceivedOn, out var receivedOn);
        try
        {
            var filed = await filing.FileAsync(@case, type, receivedOn, today, body.Details, cancellationToken);
            return TypedResults.Created($"/api/cases/{caseId}", filed);
        }
        catch (FilingDetailsRefusedException refused)
        {
            return ApiProblems.Invalid(text, refused.Refusals);
        }
        catch (DomainValidationException notAsked) when (notAsked.Code == RuleCodes.NoFilingDetails)
        {
            return ApiProblems.Invalid(text, notAsked);
        }
        catch (DomainValidationException open) when (open.Code == RuleCodes.RequestAlreadyOpen)
        {
            return ApiProblems.Conflict(RuleTexts.Describe(text, open), new Dictionary<string, object?>
            {
                ["code"] = open.Code,
                ["openRequestType"] = open.Arguments[0].ToString(),
                ["openReceivedOn"] = ApiDates.Format((DateOnly)open.Arguments[1]),
                ["openRequestId"] = open.Arguments[2],
            });
        }
    }
}
