using Hangfire;
using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.EFCore;
using PrimaWeb.Workflows.Engine.Hangfire;
using PrimaWeb.Workflows.Web.Features.Workflows;
using PrimaWeb.Workflows.Web.Security;

namespace PrimaWeb.Workflows.Web.Hosting;

/// <summary>
/// The workflow engine in the host: its store in the request's <see cref="PrimaWebDbContext"/> (so an activity's domain
/// changes commit in the burst's SaveChanges), timers and the outbox on Hangfire (<c>Hangfire:Storage</c>, InMemory by
/// default), and the published definitions of the repository imported at start-up.
/// </summary>
internal static class WorkflowEngineSetup
{
    public const string DefinitionsPathKey = "Workflows:DefinitionsPath";

    /// <summary>
    /// Registers the engine. Domain activities, outbox handlers and recurring jobs are added through
    /// <paramref name="configure"/>, e.g. <c>builder.AddPrimaWebWorkflowEngine(engine => engine.AddActivity&lt;SendFormB&gt;())</c>;
    /// the built-in control activities are always there.
    /// </summary>
    public static WebApplicationBuilder AddPrimaWebWorkflowEngine(this WebApplicationBuilder builder, Action<WorkflowEngineBuilder>? configure = null)
    {
        // PrimaWebDbContext is the scoped alias of the provider's context (DatabaseSetup): the store and the activities
        // of one scope resolve the same instance.
        var engine = builder.Services.AddWorkflowEngine()
            .UseEntityFrameworkCore<PrimaWebDbContext>()
            .AddWorkflowEngineHangfire(builder.Configuration, withServer: true)
            .AddDefinitionRule<CandidateRoleRule>();
        configure?.Invoke(engine);

        var folder = builder.Configuration[DefinitionsPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "definitions");
        builder.Services.AddSingleton(new DefinitionFolder(folder));
        builder.Services.AddScoped<DefinitionFolderImporter>();
        return builder;
    }

    /// <summary>Imports the published definitions of the folder; call after the migration, before the host starts.</summary>
    public static async Task ImportWorkflowDefinitionsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DefinitionFolderImporter>().ImportAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// The Hangfire dashboard at <c>/hangfire</c>, for administrators. The endpoint policy is the only check: Hangfire's
    /// default filter (local requests only) would refuse every request behind the reverse proxy.
    /// </summary>
    public static WebApplication MapPrimaWebHangfireDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false })
            .RequireAuthorization(Policies.Administer);
        return app;
    }
}
