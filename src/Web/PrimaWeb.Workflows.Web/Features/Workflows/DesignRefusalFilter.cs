using Microsoft.AspNetCore.Http.HttpResults;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Web.Features.Shared;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// A designer refusal as a problem document: 404 unknown, 409 conflict, 400 with the errors keyed by their JSON path
/// (and, under <c>codes</c>, each error's code; under <c>activities</c>, the activity each path concerns).
/// </summary>
internal sealed class DesignRefusalFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DesignRefusalException refusal)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = refusal.Code };
            return refusal.Kind switch
            {
                DesignRefusalKind.NotFound => TypedResults.Problem(detail: refusal.Message, statusCode: StatusCodes.Status404NotFound, extensions: extensions),
                DesignRefusalKind.Conflict => ApiProblems.Conflict(refusal.Message, extensions),
                _ => Invalid(refusal, extensions),
            };
        }
    }

    private static ValidationProblem Invalid(DesignRefusalException refusal, Dictionary<string, object?> extensions)
    {
        var errors = refusal.Errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        if (errors.Count == 0)
        {
            errors["$"] = [refusal.Message];
        }

        extensions["codes"] = refusal.Errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray(), StringComparer.Ordinal);
        extensions["activities"] = refusal.Errors.Where(e => e.ActivityId is not null).GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ActivityId, StringComparer.Ordinal);
        return TypedResults.ValidationProblem(errors, detail: refusal.Message, extensions: extensions);
    }
}
