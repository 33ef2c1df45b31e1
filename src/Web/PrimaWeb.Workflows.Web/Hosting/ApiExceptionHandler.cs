using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Web.Features.Shared;
using PrimaWeb.Workflows.Web.Localization;
using PrimaWeb.Workflows.Web.Resources;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// What an exception becomes under <c>/api</c>: a request the binder could not read is a 400 (or 413, 415) problem naming
/// the field when it is known; anything else a 500 problem that says only that it was logged. Never the exception's
/// text, stack or the request's headers, in Development too. Other paths fall through to the error page.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at the error page: the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path is { } failed ? new PathString(failed) : httpContext.Request.Path;
        if (!path.StartsWithSegments(ApiFeature.PathPrefix))
        {
            return false;
        }

        httpContext.Request.Path = path;

        AnswerCulture.Apply(httpContext);

        IResult problem = exception switch
        {
            // Before the "body" arm below: the binder's 413 speaks of the body too.
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType } bad =>
                TypedResults.Problem(statusCode: bad.StatusCode),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(httpContext, Unreadable(json)),
            BadHttpRequestException bad when BoundParameter().Match(bad.Message) is { Success: true } match =>
                Invalid(httpContext, new Refusal(match.Groups["name"].Value, ApiErrorCodes.WrongType, "This value cannot be read: check its type and format.")),
            BadHttpRequestException bad when bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) =>
                Invalid(httpContext, new Refusal(JsonBodyGuard.BodyField, ApiErrorCodes.JsonBody, "A JSON object is required as the body.")),
            // Titled by its status (ProblemWording); this title stays for a status it has no words for.
            BadHttpRequestException bad => TypedResults.Problem(title: "The request cannot be read.", statusCode: bad.StatusCode),
            _ => Unexpected(httpContext, exception),
        };

        if (exception is BadHttpRequestException)
        {
            LogRefused(logger, httpContext.Request.Method, path, exception.Message);
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>
    /// The body is valid JSON (the guard read it) but does not fit the endpoint: a value of the wrong type, a number out of
    /// the field's range, a list where an object belongs. The JSON path names the field, as the readers name theirs.
    /// </summary>
    private static Refusal Unreadable(JsonException json)
    {
        var field = JsonBodyGuard.FieldOf(json.Path);
        return field == JsonBodyGuard.BodyField
            ? new Refusal(field, ApiErrorCodes.JsonBody, "A JSON object is required as the body.")
            : new Refusal(field, ApiErrorCodes.WrongType, "This value cannot be read: check its type (text, number, true/false, list or object) and its range.");
    }

    private static ValidationProblem Invalid(HttpContext httpContext, Refusal refusal) =>
        ApiProblems.Invalid(httpContext.RequestServices.GetRequiredService<IStringLocalizer<UiText>>(), [refusal]);

    private ProblemHttpResult Unexpected(HttpContext httpContext, Exception exception)
    {
        LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError);
    }

    // The binder's own sentence for a query or route value it cannot convert: "Failed to bind parameter "int? x" from "y"."
    [GeneratedRegex("""^Failed to bind parameter "[^"]*?(?<name>\w+)" from""")]
    private static partial Regex BoundParameter();

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
