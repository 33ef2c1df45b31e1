using Microsoft.AspNetCore.Http.HttpResults;
using PrimaWeb.Workflows.Data.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Web.Features.Audit;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.CaseFiles;

/// <summary>
/// <c>GET /api/cases/{caseId}/file</c>: the case file (integrations with their ends, consultations, statements,
/// calculations, reports, decisions, SPP-IS forms with their answers, letters) and the letters' content. Always within
/// the signed-in user's CPAS: another CPAS's case answers 404.
/// </summary>
internal static class CaseFileEndpoints
{
    public static IEndpointRouteBuilder MapCaseFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var file = endpoints.MapGroup("/api/cases/{caseId:guid}").WithTags("Case file").RequireAuthorization(Policies.WorkCases).WithPrimaWebProblems();
        file.MapGet("/file", GetAsync)
            .WithName("GetCaseFile")
            .WithSummary("The case file: integrations with end dates, consultations, statements, calculations, reports, decisions, forms and answers, letters.")
            .WithDescription("Each list is oldest first. Consultation answers and letter contents (personal data) are not included: "
                + "hasAnswer says whether there is one; a letter's content is at /api/cases/{caseId}/letters/{letterId}.");
        file.MapGet("/letters/{letterId:guid}", GetLetterAsync)
            .WithName("GetCaseLetter")
            .WithSummary("The notification letter as rendered (HTML), in the person's language.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        return endpoints;
    }

    internal static async Task<Results<Ok<CaseFileDto>, ProblemHttpResult>> GetAsync(
        Guid caseId, CaseFileQueries queries, AccessAudit audit, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(user.TenantCode, caseId, cancellationToken) is not { } view)
        {
            return ApiProblems.NotFound();
        }

        await audit.CaseReadAsync(caseId, ReadServices.CaseFile, $"GET /api/cases/{caseId}/file", cancellationToken);
        return TypedResults.Ok(CaseFileDto.From(view, LegalClock.Today(time)));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetLetterAsync(
        Guid caseId, Guid letterId, CaseFileQueries queries, AccessAudit audit, ICurrentUser user, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(user.TenantCode, caseId, cancellationToken);
        if (view?.Letters.FirstOrDefault(l => l.Id == letterId) is not { } letter)
        {
            return ApiProblems.NotFound();
        }

        await audit.CaseReadAsync(caseId, ReadServices.Letter, $"GET /api/cases/{caseId}/letters/{letterId}", cancellationToken);
        return TypedResults.Content(letter.Content, letter.Content.TrimStart().StartsWith('<') ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    }
}
