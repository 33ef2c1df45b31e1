using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>The case functions of the seed outside any request (<see cref="CaseInquiry"/>), under <c>/api/cases/{caseId}</c>.</summary>
internal static class CaseInquiryEndpoints
{
    public static void MapCaseInquiryEndpoints(this WebApplication app)
    {
        var inquiry = app.MapGroup("/api/cases/{caseId:guid}").WithTags("Cases").RequireAuthorization(Policies.WorkCases).WithPrimaWebProblems();
        inquiry.MapPost("/household/official/refresh", RefreshAsync)
            .WithName("RefreshOfficialHousehold")
            .WithSummary("Reads the household of the main person in the National Register again, keeps it as the official household and lists the differences with the de facto household.");
        inquiry.MapGet("/persons/{personId:guid}/integrations", IntegrationsAsync)
            .WithName("GetBcssIntegrations")
            .WithSummary("The integrations the BCSS reference directory holds for a person of the case (every CPAS and institution, each with its code and period).");
        inquiry.MapPost("/persons/{personId:guid}/consultations", ConsultAsync)
            .WithName("ConsultFlow")
            .WithSummary("Runs one investigation flow for a person of the case and keeps its answer (or why there is none) in the case file.")
            .WithDescription("Body: { \"service\": \"OCMWCPASHealthInsurance\" }; the services are the case page's investigation flows (GET /api/cases/flows).");
        app.MapGet("/api/cases/flows", () => TypedResults.Ok(CaseInquiry.Flows))
            .WithTags("Cases").RequireAuthorization(Policies.WorkCases).WithPrimaWebProblems()
            .WithName("ListInvestigationFlows")
            .WithSummary("The investigation flows a social worker can run from the case page.");
    }

    internal static async Task<Results<Ok<HouseholdRefreshDto>, ProblemHttpResult>> RefreshAsync(Guid caseId, CaseInquiry inquiry, CancellationToken cancellationToken) =>
        await inquiry.RefreshOfficialHouseholdAsync(caseId, cancellationToken) is { } refresh
            ? TypedResults.Ok(HouseholdRefreshDto.From(refresh))
            : ApiProblems.NotFound();

    internal static async Task<Results<Ok<BcssIntegrationsDto>, ProblemHttpResult>> IntegrationsAsync(
        Guid caseId, Guid personId, CaseInquiry inquiry, CancellationToken cancellationToken)
    {
        if (await inquiry.IntegrationsAsync(caseId, personId, cancellationToken) is not { } lookup)
        {
            return ApiProblems.NotFound();
        }

        return lookup.Failure is { } failure ? ApiProblems.Unavailable(failure) : TypedResults.Ok(BcssIntegrationsDto.From(lookup));
    }

    internal static async Task<Results<Created<FlowConsultationDto>, ValidationProblem, ProblemHttpResult>> ConsultAsync(
        Guid caseId, Guid personId, FlowConsultationRequestDto body, CaseInquiry inquiry, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        if (body.Service is not { } service || !CaseInquiry.Flows.Contains(service, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid(text, [new Refusal("service", body.Service is null ? FormErrorCodes.Required : FormErrorCodes.Choice,
                $"The service must be one of {string.Join(", ", CaseInquiry.Flows)}.", string.Join(", ", CaseInquiry.Flows))]);
        }

        return await inquiry.ConsultAsync(caseId, personId, service, cancellationToken) is { } record
            ? TypedResults.Created($"/api/cases/{caseId}/file", FlowConsultationDto.From(record))
            : ApiProblems.NotFound();
    }
}
