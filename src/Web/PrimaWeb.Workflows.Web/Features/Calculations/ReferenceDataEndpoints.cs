using Microsoft.AspNetCore.Http.HttpResults;
using PrimaWeb.Workflows.Domain.Calculations;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Calculations;

/// <summary>
/// <c>GET /api/reference-data</c>: the legal figures the calculations use, table by table and row by row, each with its
/// source and — for a row no authoritative source confirms — <c>unverified</c> and the note saying why, so an analyst
/// knows which figures to confirm (definitions/reference/README.md). <c>?unverified=true</c> keeps only those rows.
/// </summary>
internal static class ReferenceDataEndpoints
{
    public static IEndpointRouteBuilder MapReferenceDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reference-data", List)
            .WithTags("Calculations")
            .RequireAuthorization(Policies.CpasUser)
            .WithPrimaWebProblems()
            .WithName("ListReferenceData")
            .WithSummary("The dated legal figures (RIS amounts, exemptions, heating, Loi 65), each row with its source and whether it is unverified.")
            .WithDescription("Tables in file order, rows in date order; until is the last day a row applies (null: no end). With ?unverified=true only unverified rows (and the tables that have some) are listed.");
        return endpoints;
    }

    internal static Ok<List<ReferenceTableDto>> List(CalculationReferenceData reference, bool? unverified = null) =>
        TypedResults.Ok(ReferenceTableDto.From(reference.Set, unverified == true));
}
