using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// Human tasks: the inbox, claim, release and complete, for the pages and <c>/api/tasks</c> alike (one
/// <see cref="TaskWork"/>). The engine's HumanTaskService comes with the engine (WorkflowEngineFeature).
/// </summary>
internal sealed class TasksFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IInboxQueries, EfInboxQueries>();
        builder.Services.AddScoped<TaskWork>();
        builder.Services.AddScoped<RefusalTasks>();

        // The bounds of every task payload are the domain's: legal dates between 1900 and ten years ahead.
        builder.Services.AddSingleton(TaskForms.Limits);
    }

    public static void Map(WebApplication app) => app.MapTaskEndpoints();
}
