using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using PrimaWeb.Workflows.Web.Features.Shared;
using Scalar.AspNetCore;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// What every REST endpoint shares: JSON conventions; every refusal a problem document (<c>application/problem+json</c>),
/// from the endpoint's own 400/404/409 to the pipeline's 401/403/404/405/413/415 and an unexpected 500; the body read
/// within <see cref="ApiLimits"/> before it is bound (<see cref="JsonBodyGuard"/>); and the OpenAPI document with the
/// Scalar reference over it (<c>/openapi/v1.json</c> and <c>/scalar</c>, in Development only).
/// </summary>
internal sealed class ApiFeature : IWebFeature
{
    public const string PathPrefix = "/api";

    public static void Add(WebApplicationBuilder builder)
    {
        // Enumerations by name in the API, as in the database: a reordered member never changes what a client reads.
        // Numbers are JSON numbers: "600" in a number field is refused, not read (the web default reads it).
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi();

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemWording.Apply);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();

        // The binder throws what it cannot read (in every environment, not only Development), so that
        // ApiExceptionHandler can answer a problem naming the field instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    public static void Map(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(PathPrefix);

    /// <summary>
    /// An API answer with a status and no body (401 and 403 from authentication, 404 of an unknown path, 405 of a wrong
    /// verb) gets a problem document whatever the client accepts; other paths a short page in the reader's language (<see cref="StatusPage"/>).
    /// </summary>
    public static Task WriteStatusCodeProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        return IsApi(http.Request)
            ? TypedResults.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http)
            : StatusPage.WriteAsync(http);
    }
}
