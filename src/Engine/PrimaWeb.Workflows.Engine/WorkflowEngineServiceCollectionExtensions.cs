using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Definitions.Rules;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Expressions;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Migration;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Variables;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine;

/// <summary>The engine's DI entry point.</summary>
public static class WorkflowEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime and the built-in control activities. A store must be added too (<c>AddWorkflowEngineEfCore</c>
    /// or <c>AddInMemoryWorkflowStore</c>); a scheduler (<c>AddWorkflowEngineHangfire</c>) arms timers and the outbox.
    /// </summary>
    public static WorkflowEngineBuilder AddWorkflowEngine(this IServiceCollection services, ExpressionLimits? limits = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(limits ?? new ExpressionLimits());
        services.TryAddSingleton(FormLimits.Default);
        services.TryAddSingleton<IExpressionEvaluator, FluidExpressionEvaluator>();
        services.TryAddSingleton<IActivityRegistry, ActivityRegistry>();
        services.TryAddSingleton<VariableCatalog>();
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddSingleton<EngineMetrics>();
        services.TryAddSingleton<ITimerScheduler, NullTimerScheduler>();
        services.TryAddSingleton<IOutboxNotifier, NullOutboxNotifier>();
        services.TryAddScoped<DefinitionValidator>();
        AddEngineRules(services);
        services.TryAddScoped<DefinitionCatalog>();
        services.TryAddScoped<WorkflowRunner>();
        services.TryAddScoped<HumanTaskService>();
        services.TryAddScoped<IncidentService>();
        services.TryAddScoped<InstanceMigrator>();
        services.TryAddScoped<OutboxDispatcher>();
        services.AddLogging();

        return new WorkflowEngineBuilder(services)
            .AddActivity<Start>()
            .AddActivity<End>()
            .AddActivity<Decision>()
            .AddActivity<Fork>()
            .AddActivity<Join>()
            .AddActivity<SetVariable>()
            .AddActivity<Activities.BuiltIn.Timer>()
            .AddActivity<HumanTaskActivity>()
            .AddActivity<WaitForSignal>();
    }

    // The engine's own checks, in the order they run; the application's rules come after them.
    private static void AddEngineRules(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, UniqueVariablesRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, ActivityNodesRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, SingleStartRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, ConnectionsRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, ReachabilityRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, LoopRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, VariableRule>());
    }
}
