using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// A designer refusal as a problem document in the caller's language (the designer's texts, by code): 404 unknown, 409
/// conflict, 400 with the errors keyed by their JSON path (and, under <c>codes</c>, each error's code; under
/// <c>activities</c>, the activity each path concerns).
/// </summary>
internal sealed class DesignRefusalFilter(IStringLocalizer<DesignerTexts> texts) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DesignRefusalException refusal)
        {
            AnswerCulture.Apply(context.HttpContext);
            var detail = Word($"Refusal_{refusal.Code}", refusal.Message);
            var extensions = new Dictionary<string, object?> { ["code"] = refusal.Code };
            return refusal.Kind switch
            {
                DesignRefusalKind.NotFound => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, extensions: extensions),
                DesignRefusalKind.Conflict => ApiProblems.Conflict(detail, extensions),
                _ => Invalid(refusal, detail, extensions),
            };
        }
    }

    private ValidationProblem Invalid(DesignRefusalException refusal, string detail, Dictionary<string, object?> extensions)
    {
        var errors = refusal.Errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => Word($"DefinitionError_{e.Code}", e.Message)).Distinct().ToArray(), StringComparer.Ordinal);
        if (errors.Count == 0)
        {
            errors["$"] = [detail];
        }

        extensions["codes"] = refusal.Errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray(), StringComparer.Ordinal);
        extensions["activities"] = refusal.Errors.Where(e => e.ActivityId is not null).GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ActivityId, StringComparer.Ordinal);
        return TypedResults.ValidationProblem(errors, detail: detail, extensions: extensions);
    }

    /// <summary>The text of a code; the engine's own sentence for a code the designer's texts do not know yet.</summary>
    private string Word(string key, string fallback) => texts[key] is { ResourceNotFound: false } text ? text.Value : fallback;
}
