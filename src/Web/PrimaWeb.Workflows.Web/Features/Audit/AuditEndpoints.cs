using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.FederalServices.Audit;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Audit;

/// <summary>
/// Who consulted a person, and what a case consulted, at the federal services (the gateway's audit), and who read the
/// person's record or the case file in the CPAS (<see cref="AccessAudit"/>, <c>kind</c> <c>Read</c>). Always within the
/// signed-in user's CPAS: the CPAS comes from the user, never from the request.
/// </summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Audit").RequireAuthorization(Policies.WorkCases).WithPrimaWebProblems();
        api.MapGet("/persons/{niss}/audit", ListByPersonAsync)
            .WithName("ListPersonAudit")
            .WithSummary("The federal-service calls about a person made by the signed-in user's CPAS, and the reads of their record and cases, oldest first.")
            .ProducesValidationProblem();
        api.MapGet("/cases/{caseId}/audit", ListByCaseAsync)
            .WithName("ListCaseAudit")
            .WithSummary("The federal-service calls made for a case of the signed-in user's CPAS, and the reads of its file, oldest first.");
    }

    internal static async Task<Results<Ok<List<AuditEntryDto>>, ValidationProblem>> ListByPersonAsync(
        string niss, IAuditLog audit, ICurrentUser user, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        if (NissQuery.Read(niss, out var person) is { } refused)
        {
            return ApiProblems.Invalid(text, [refused]);
        }

        return TypedResults.Ok(ToDtos(await audit.ListByPersonAsync(user.TenantCode, person, cancellationToken)));
    }

    internal static async Task<Ok<List<AuditEntryDto>>> ListByCaseAsync(
        string caseId, IAuditLog audit, ICurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToDtos(await audit.ListByCaseAsync(user.TenantCode, caseId, cancellationToken)));

    private static List<AuditEntryDto> ToDtos(IReadOnlyList<AuditEntry> entries) => [.. entries.Select(AuditEntryDto.From)];
}
