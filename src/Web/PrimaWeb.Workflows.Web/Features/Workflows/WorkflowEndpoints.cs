using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Versioning;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// What the designer reads: <c>GET /api/workflow/activities</c> (every registered activity descriptor),
/// <c>GET /api/workflow/activities/{type}</c> and <c>GET /api/workflow/definitions</c>. Functional analysts only
/// (<see cref="Policies.DesignWorkflows"/>): the inbox never needs descriptors, and the designer is their tool.
/// </summary>
internal static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflow")
            .WithTags("Workflow")
            .RequireAuthorization(Policies.DesignWorkflows)
            .WithPrimaWebProblems();

        group.MapGet("/activities", ListActivities)
            .WithName("ListWorkflowActivities")
            .WithSummary("Every activity type the engine runs, with its inputs, outcomes and texts in the caller's language (and fr, nl, en).")
            .WithDescription("Sorted by category then type. Built-in control activities are in the Control and Tasks categories.");

        group.MapGet("/activities/{type}", GetActivity)
            .WithName("GetWorkflowActivity")
            .WithSummary("One activity type: its latest version, or the version asked with ?version=.")
            .WithDescription("Type is the stable dotted name used in definitions, e.g. Core.HumanTask. 404 when no such type (or version) is registered.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/definitions", ListDefinitionsAsync)
            .WithName("ListWorkflowDefinitions")
            .WithSummary("Every stored definition version with its status and the date from which it applies.");

        return endpoints;
    }

    internal static Ok<List<ActivityDescriptorDto>> ListActivities(IActivityRegistry registry) =>
        TypedResults.Ok(registry.List().Select(ActivityDescriptorDto.From).ToList());

    internal static Results<Ok<ActivityDescriptorDto>, ProblemHttpResult> GetActivity(string type, int? version, IActivityRegistry registry)
    {
        var descriptor = registry.List()
            .Where(d => string.Equals(d.Type, type, StringComparison.Ordinal) && (version is null || d.Version == version))
            .MaxBy(d => d.Version);
        return descriptor is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                detail: version is null ? $"No activity type '{type}' is registered." : $"No activity type '{type}' v{version} is registered.")
            : TypedResults.Ok(ActivityDescriptorDto.From(descriptor));
    }

    internal static async Task<Ok<List<DefinitionSummaryDto>>> ListDefinitionsAsync(PrimaWebDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Set<StoredDefinition>().AsNoTracking()
            .OrderBy(d => d.DefinitionId).ThenBy(d => d.Version)
            .Select(d => new { d.DefinitionId, d.Version, d.Status, d.EffectiveFrom, d.PublishedAt, d.RetiredAt })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(stored
            .Select(d => new DefinitionSummaryDto(d.DefinitionId, d.Version, d.Status.ToString().ToLowerInvariant(), d.EffectiveFrom, d.PublishedAt, d.RetiredAt))
            .ToList());
    }
}
