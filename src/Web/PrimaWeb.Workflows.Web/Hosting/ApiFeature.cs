using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// What every REST endpoint shares: JSON conventions, and the OpenAPI document with the Scalar reference over it
/// (<c>/openapi/v1.json</c> and <c>/scalar</c>, in Development only).
/// </summary>
internal sealed class ApiFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        // Enumerations by name in the API, as in the database: a reordered member never changes what a client reads.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
    }

    public static void Map(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }
    }
}
