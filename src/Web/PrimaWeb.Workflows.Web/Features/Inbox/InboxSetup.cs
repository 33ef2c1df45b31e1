namespace PrimaWeb.Workflows.Web.Features.Inbox;

/// <summary>The inbox's services; HumanTaskService comes from the host's engine setup (AddPrimaWebWorkflowEngine).</summary>
internal static class InboxSetup
{
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddScoped<IInboxQueries, EfInboxQueries>();
        services.AddScoped<InboxActions>();
        return services;
    }
}
