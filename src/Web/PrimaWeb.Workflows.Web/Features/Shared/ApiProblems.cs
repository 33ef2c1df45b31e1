using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PrimaWeb.Workflows.Domain.Common;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>The problem documents the case-work API answers: 400 naming each field, 404 and 409 with a sentence.</summary>
internal static class ApiProblems
{
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The input is invalid.");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The input is invalid.");

    /// <summary>A domain rule's refusal, keyed by the refused member in the JSON spelling (camelCase).</summary>
    public static ValidationProblem Invalid(DomainValidationException refusal, string? fieldPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var field = refusal.Field.Length == 0 ? string.Empty : JsonNamingPolicy.CamelCase.ConvertName(refusal.Field);
        var key = fieldPrefix is null ? field : field.Length == 0 ? fieldPrefix : $"{fieldPrefix}.{field}";
        return Invalid(key, refusal.Message);
    }

    /// <summary>Another CPAS's object answers exactly like an unknown one: nothing tells it exists.</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: $"No such {what}.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict.", detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>The federal services did not answer usably; the user may try again later.</summary>
    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(title: "The federal services did not answer.", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);
}
