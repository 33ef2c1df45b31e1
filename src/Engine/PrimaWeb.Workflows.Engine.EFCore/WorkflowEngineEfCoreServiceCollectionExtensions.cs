using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.EFCore;

/// <summary>The EF Core store's DI entry point.</summary>
public static class WorkflowEngineEfCoreServiceCollectionExtensions
{
    /// <summary>
    /// Stores the engine in <typeparamref name="TContext"/> (registered by the host, with
    /// <see cref="Concurrency.ConcurrencyVersionInterceptor"/> among its interceptors and the engine model applied).
    /// </summary>
    public static WorkflowEngineBuilder UseEntityFrameworkCore<TContext>(this WorkflowEngineBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddScoped<IWorkflowStore, EfWorkflowStore<TContext>>();
        return builder;
    }
}
