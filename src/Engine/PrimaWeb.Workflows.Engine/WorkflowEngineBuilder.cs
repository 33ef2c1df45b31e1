using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine;

/// <summary>Returned by <c>AddWorkflowEngine()</c>: registers activities and outbox handlers.</summary>
public sealed class WorkflowEngineBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers an activity class; its descriptor comes from its attributes and its input record.</summary>
    public WorkflowEngineBuilder AddActivity<TActivity>(RetryPolicy? retry = null)
        where TActivity : class, IActivity
    {
        Services.AddSingleton(new ActivityRegistration(ActivityDescriptorFactory.Describe(typeof(TActivity), retry)));
        Services.TryAddTransient<TActivity>();
        return this;
    }

    /// <summary>
    /// Declares a family of workflow variables (their names, types and meaning), so that the import check knows those set
    /// at start and the types of the others. Variables an activity reads or writes are known from the activity too.
    /// </summary>
    public WorkflowEngineBuilder AddVariables(VariableFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        Services.AddSingleton(family);
        return this;
    }

    /// <summary>Registers the handler of one outbox message type (scoped: it may use the application's DbContext).</summary>
    public WorkflowEngineBuilder AddOutboxHandler<THandler>()
        where THandler : class, IOutboxHandler
    {
        Services.AddScoped<IOutboxHandler, THandler>();
        return this;
    }

    /// <summary>
    /// Adds a rule that every definition must pass before it is imported, saved or published; it runs after the
    /// engine's own rules and those added before it.
    /// </summary>
    public WorkflowEngineBuilder AddDefinitionRule<TRule>()
        where TRule : class, IDefinitionRule
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionRule, TRule>());
        return this;
    }
}
