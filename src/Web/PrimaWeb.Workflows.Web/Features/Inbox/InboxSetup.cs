using PrimaWeb.Workflows.Data;
using PrimaWeb.Workflows.Engine;
using PrimaWeb.Workflows.Engine.EFCore;

namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>The inbox's services.</summary>
internal static class InboxSetup
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        // The engine's runtime on the application's context, for HumanTaskService. Registering it twice is harmless
        // (TryAdd, and the same activity types), so the host's own engine setup may call this too.
        services.AddWorkflowEngine().UseEntityFrameworkCore<PrimaWebDbContext>();
        services.AddScoped<IInboxQueries, EfInboxQueries>();
        services.AddScoped<InboxActions>();
        return services;
    }
}
