namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>
/// The tasks feature's services, for the inbox and task pages and <c>/api/tasks</c> alike; HumanTaskService comes from
/// the host's engine setup (AddPrimaWebWorkflowEngine).
/// </summary>
internal static class TasksSetup
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddScoped<IInboxQueries, EfInboxQueries>();
        services.AddScoped<TaskWork>();

        // The bounds of every task payload are the domain's: legal dates between 1900 and ten years ahead.
        services.AddSingleton(TaskForms.Limits);
        return services;
    }
}
