using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PrimaWeb.Workflows.Engine.Persistence.InMemory;

/// <summary>Registers the in-memory store (tests, demos).</summary>
public static class InMemoryWorkflowStoreServiceCollectionExtensions
{
    public static IServiceCollection AddInMemoryWorkflowStore(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryWorkflowDatabase>();
        services.TryAddScoped<IWorkflowStore, InMemoryWorkflowStore>();
        return services;
    }
}
