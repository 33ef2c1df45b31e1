using PrimaWeb.Workflows.Web.Features.Inbox;
using PrimaWeb.Workflows.Web.Hosting;

namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// Human tasks: the inbox, claim, release and complete (API and screens). The engine's HumanTaskService comes with
/// the engine (WorkflowEngineFeature).
/// </summary>
internal sealed class TasksFeature : IWebFeature
{
    public static void Add(WebApplicationBuilder builder) => builder.Services
        .AddScoped<IInboxQueries, EfInboxQueries>()
        .AddScoped<InboxActions>()
        .AddScoped<TaskQueries>();

    public static void Map(WebApplication app) => app.MapTaskEndpoints();
}
