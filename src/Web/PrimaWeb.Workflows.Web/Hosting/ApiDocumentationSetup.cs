using Scalar.AspNetCore;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>The OpenAPI document of the REST API, and the Scalar reference UI over it in Development.</summary>
internal static class ApiDocumentationSetup
{
    public static WebApplicationBuilder AddPrimaWebApiDocumentation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Maps <c>/openapi/v1.json</c> and <c>/scalar</c>, in Development only.</summary>
    public static WebApplication MapPrimaWebApiDocumentation(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }

        return app;
    }
}
