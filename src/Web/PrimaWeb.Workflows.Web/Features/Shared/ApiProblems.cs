using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>
/// The problem documents the case-work API answers: 400 naming each field (with the rule's code beside each sentence,
/// under <c>codes</c>), 403, 404 and 409 with a sentence in the user's language. Their titles are worded by status in
/// one place, <see cref="Hosting.ProblemWording"/>.
/// </summary>
internal static class ApiProblems
{
    /// <summary>Broken rules as data, worded in the user's language; their fields under <paramref name="prefix"/> when given.</summary>
    public static ValidationProblem Invalid(IStringLocalizer<UiText> text, IReadOnlyCollection<Refusal> refusals, string? prefix = null)
    {
        var placed = refusals.Select(refusal => prefix is null ? refusal : refusal.Under(prefix)).ToList();
        var codes = placed.GroupBy(refusal => refusal.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(refusal => refusal.Code).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(RuleTexts.Errors(text, placed), extensions: new Dictionary<string, object?> { ["codes"] = codes });
    }

    /// <summary>A domain rule's refusal, keyed by the refused member in the JSON spelling (camelCase).</summary>
    public static ValidationProblem Invalid(IStringLocalizer<UiText> text, DomainValidationException refusal, string? fieldPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Invalid(text, [ToRefusal(refusal)], fieldPrefix);
    }

    /// <summary>The domain's refusal as the engine's and the forms' refusals are: field in the API's spelling, code, arguments.</summary>
    public static Refusal ToRefusal(DomainValidationException refusal) =>
        new(RuleTexts.ApiField(refusal.Field), refusal.Code, refusal.Arguments, refusal.Message);

    /// <summary>Another CPAS's object answers exactly like an unknown one: nothing tells it exists.</summary>
    public static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    /// <summary>A conflict in the user's language, with what a client needs to act on it.</summary>
    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: extensions);

    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>The federal services did not answer usably; the user may try again later.</summary>
    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);
}
