using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>
/// The problem documents the case-work API answers: 400 naming each field (with the rule's code beside each sentence,
/// under <c>codes</c>), 403, 404 and 409 with a sentence in the user's language.
/// </summary>
internal static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The input is invalid.");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The input is invalid.");

    /// <summary>Broken rules as data, worded in the user's language; their fields under <paramref name="prefix"/> when given.</summary>
    public static ValidationProblem Invalid(IStringLocalizer<UiText> text, IReadOnlyCollection<Refusal> refusals, string? prefix = null)
    {
        var placed = refusals.Select(refusal => prefix is null ? refusal : refusal.Under(prefix)).ToList();
        var codes = placed.GroupBy(refusal => refusal.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(refusal => refusal.Code).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            RuleTexts.Errors(text, placed),
            title: text["Problem_Invalid"],
            extensions: new Dictionary<string, object?> { ["codes"] = codes });
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
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: $"No such {what}.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict.", detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>A conflict in the user's language, with what a client needs to act on it.</summary>
    public static ProblemHttpResult Conflict(IStringLocalizer<UiText> text, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(title: text["Problem_Conflict"], detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: extensions);

    public static ProblemHttpResult Forbidden(IStringLocalizer<UiText> text, string detail) =>
        TypedResults.Problem(title: text["Problem_Forbidden"], detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>The federal services did not answer usably; the user may try again later.</summary>
    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(title: "The federal services did not answer.", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);
}
