using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Web.Features.CaseFiles;
using PrimaWeb.Workflows.Web.Features.Cases;
using PrimaWeb.Workflows.Web.Features.Persons;
using PrimaWeb.Workflows.Web.Features.Requests;
using PrimaWeb.Workflows.Web.Features.Tasks;

namespace PrimaWeb.Workflows.Web.Features.Shared;

/// <summary>What a social worker does in the DIS and equivalent-RIS flows: persons, cases, requests, tasks, case file.</summary>
internal static class CaseWorkSetup
{
    public static WebApplicationBuilder AddPrimaWebCaseWork(this WebApplicationBuilder builder)
    {
        builder.Services.AddCaseFeatures().AddPersonFeatures().AddRequestFeatures();

        // Enumerations by name in the API, as in the database: a reordered member never changes what a client reads.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication MapPrimaWebCaseWork(this WebApplication app)
    {
        app.MapCaseEndpoints();
        app.MapPersonEndpoints();
        app.MapRequestEndpoints();
        app.MapTaskEndpoints();
        app.MapCaseFileEndpoints();
        return app;
    }
}
