using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Resources;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Incidents;

/// <summary>The operators' API over the engine's incidents (<c>/api/incidents</c>), administrators of one CPAS only.</summary>
internal static class IncidentEndpoints
{
    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(Policies.Administer).WithPrimaWebProblems();
        group.MapGet("/", async (OperatorIncidents incidents, CancellationToken cancellationToken) => TypedResults.Ok(await incidents.ListOpenAsync(cancellationToken)))
            .WithName("ListOpenIncidents")
            .WithSummary("The open incidents of the CPAS's workflows, oldest first: instance, case, step, error, attempts and next automatic retry.");
        group.MapPost("/actions", ActAsync)
            .WithName("ActOnIncidents")
            .WithSummary("Retries, skips (with the outcome to take, the step's first when none) or cancels the selected incidents; the result per incident.")
            .WithDescription("action: retry, skip or cancel; incidentIds: 1 to 500 ids; outcome: only with skip. An incident of another CPAS answers NotFound in its result.");
        return endpoints;
    }

    private static async Task<IResult> ActAsync(IncidentActionRequest body, OperatorIncidents incidents, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        var refusals = new List<Refusal>();
        IncidentAction? action = null;
        if (string.IsNullOrWhiteSpace(body.Action))
        {
            refusals.Add(new Refusal("action", FormErrorCodes.Required, "'action' is required: retry, skip or cancel."));
        }
        else if (Enum.TryParse<IncidentAction>(body.Action.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(body.Action, out _))
        {
            action = parsed;
        }
        else
        {
            refusals.Add(new Refusal("action", FormErrorCodes.Choice, "'action' must be retry, skip or cancel."));
        }

        if (body.IncidentIds is not { Count: > 0 } ids)
        {
            refusals.Add(new Refusal("incidentIds", FormErrorCodes.Required, "'incidentIds' must list at least one incident."));
        }
        else if (ids.Count > OperatorIncidents.MaxIncidents)
        {
            refusals.Add(new Refusal("incidentIds", FormErrorCodes.MaxItems, $"'incidentIds' lists at most {OperatorIncidents.MaxIncidents} incidents.", OperatorIncidents.MaxIncidents));
        }

        var outcome = string.IsNullOrWhiteSpace(body.Outcome) ? null : body.Outcome.Trim();
        if (outcome is not null && action is not null and not IncidentAction.Skip)
        {
            refusals.Add(new Refusal("outcome", FormErrorCodes.Unknown, "'outcome' goes only with the skip action."));
        }
        else if (outcome is { Length: > 100 })
        {
            refusals.Add(new Refusal("outcome", FormErrorCodes.MaxLength, "'outcome' must be at most 100 characters.", 100));
        }

        if (refusals.Count > 0)
        {
            return ApiProblems.Invalid(text, refusals);
        }

        return TypedResults.Ok(await incidents.ActAsync(action!.Value, body.IncidentIds!, outcome, cancellationToken));
    }
}

/// <summary>An action on a selection of incidents.</summary>
internal sealed record IncidentActionRequest(string? Action, List<Guid>? IncidentIds, string? Outcome);
