using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.FederalServices.Errors;
using PrimaWeb.Workflows.Web.Features.Audit;
using PrimaWeb.Workflows.Web.Features.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>
/// The cases REST API (<c>/api/cases</c>); answers 401, never a sign-in page, to an anonymous client. A case of another
/// CPAS answers 404, as an unknown one (the data layer's tenant filter never loads it).
/// </summary>
internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this WebApplication app)
    {
        // Only the roles that work cases see beneficiaries: an analyst or an administrator has no list of persons.
        var work = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(Policies.WorkCases).WithPrimaWebProblems();
        work.MapGet("/", (CaseList list, CancellationToken cancellationToken) => list.LoadAsync(cancellationToken))
            .WithName("ListCases")
            .WithSummary("The cases of the signed-in user's CPAS.");
        work.MapPost("/", OpenAsync)
            .WithName("OpenCase")
            .WithSummary("Opens a case for a person, by NISS; a person unknown to the CPAS is imported from the National Register.")
            .WithDescription("201 with the new case; 200 with the person's open case when there is one already.")
            .WithRequestExample(CaseExamples.Open);
        work.MapGet("/{caseId:guid}", GetAsync)
            .WithName("GetCase")
            .WithSummary("A case with its main person, official and de facto households and requests (with decisions).");
        work.MapPut("/{caseId:guid}/household/de-facto", ReplaceDeFactoAsync)
            .WithName("ReplaceDeFactoHousehold")
            .WithSummary("Replaces the de facto household of a case (who actually lives with the main person, and since when).")
            .WithDescription("The household always contains the main person (relation MainPerson); a person's periods never overlap; "
                + "at most one partner at a time. Members are given by personId, or by niss (imported from the National Register when unknown).")
            .WithRequestExample(CaseExamples.DeFacto);
    }

    internal static async Task<Results<Created<CaseDetailsDto>, Ok<CaseDetailsDto>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        OpenCaseRequestDto body, CaseOpening opening, CaseDetailsQuery details, TimeProvider time, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var refusals = new List<Refusal>();
        if (NissQuery.Read(body.Niss, out var niss) is { } refusedNiss)
        {
            refusals.Add(refusedNiss);
        }

        var today = LegalClock.Today(time);
        var openedOn = today;
        if (body.OpenedOn is not null && !ApiDates.TryParse(body.OpenedOn, out openedOn))
        {
            refusals.Add(new Refusal("openedOn", FormErrorCodes.Date, "The opening date is yyyy-MM-dd, or omitted for today."));
        }
        else if (ApiDates.Implausible("openedOn", openedOn, today) is { } far)
        {
            refusals.Add(far);
        }

        if (refusals.Count > 0)
        {
            return ApiProblems.Invalid(text, refusals);
        }

        try
        {
            var (opened, existing) = await opening.OpenAsync(niss, openedOn, today, body.SocialWorkerId, cancellationToken);
            var dto = (await details.LoadAsync(opened.Id, cancellationToken))!;
            return existing ? TypedResults.Ok(dto) : TypedResults.Created($"/api/cases/{dto.Id}", dto);
        }
        catch (UnknownNissException)
        {
            return ApiProblems.Invalid(text, [new Refusal("niss", RuleCodes.UnknownNiss, $"No register knows the NISS {niss.Formatted}.", niss.Formatted)]);
        }
        catch (FederalServiceException failure)
        {
            return ApiProblems.Unavailable(failure.Message);
        }
    }

    internal static async Task<Results<Ok<CaseDetailsDto>, ProblemHttpResult>> GetAsync(
        Guid caseId, CaseDetailsQuery details, AccessAudit audit, CancellationToken cancellationToken)
    {
        if (await details.LoadAsync(caseId, cancellationToken) is not { } dto)
        {
            return ApiProblems.NotFound();
        }

        await audit.CaseReadAsync(caseId, ReadServices.Case, $"GET /api/cases/{caseId}", cancellationToken);
        return TypedResults.Ok(dto);
    }

    internal static async Task<Results<Ok<CaseDetailsDto>, ValidationProblem, ProblemHttpResult>> ReplaceDeFactoAsync(
        Guid caseId, DeFactoHouseholdDto body, DeFactoHouseholdUpdate update, CaseDetailsQuery details, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var refusals = new List<Refusal>();
        if (!await update.ApplyAsync(caseId, body, refusals, cancellationToken))
        {
            return ApiProblems.NotFound();
        }

        return refusals.Count > 0 ? ApiProblems.Invalid(text, refusals) : TypedResults.Ok((await details.LoadAsync(caseId, cancellationToken))!);
    }
}
