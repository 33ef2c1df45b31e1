using PrimaWeb.Workflows.Designer.Contract;
using PrimaWeb.Workflows.Designer.Texts;
using PrimaWeb.Workflows.Web.Features.Workflows.Simulation;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// What functional analysts work with: activity descriptors, definitions and their versions (drafts, validation,
/// comparison, publication, retirement), simulations and migrations, over <c>/api/workflow</c> and in the designer's
/// screens (<c>/designer</c>, the PrimaWeb.Workflows.Designer library), both through <see cref="WorkflowDesign"/>.
/// </summary>
internal sealed class WorkflowsFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<WorkflowDesign>();
        builder.Services.AddSingleton(_ => new SimulationLab(Path.Combine(AppContext.BaseDirectory, "definitions")));

        // The screens' calls each run in a scope of their own (a circuit lives for hours, a DbContext for one call).
        builder.Services.AddScoped<IWorkflowDesignApi, CircuitDesignApi>();
        builder.Services.AddScoped<IDesignerText, DesignerTextResources>();
    }

    public static void Map(WebApplication app)
    {
        app.MapWorkflowEndpoints();
        app.MapDesignEndpoints();
    }
}
