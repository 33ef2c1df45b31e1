using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// What an activity sees while it runs, besides its input record: the variables it declared, the burst's DI scope (the
/// same DbContext, so domain changes commit with the burst), the clock, and the outbox.
/// </summary>
public sealed class ActivityContext
{
    private readonly WorkflowInstance _instance;
    private readonly BurstContext _burst;

    internal ActivityContext(WorkflowInstance instance, ActivityNode node, ActivityDescriptor descriptor, IReadOnlyDictionary<string, JsonNode?> inputs, BurstContext burst)
    {
        _instance = instance;
        _burst = burst;
        Node = node;
        Descriptor = descriptor;
        Inputs = inputs;
    }

    public Guid InstanceId => _instance.Id;

    public string? TenantId => _instance.TenantId;

    public string? CorrelationKey => _instance.CorrelationKey;

    public string ActivityId => Node.Id;

    // The node as the definition wrote it; activities read their inputs from their record, never from here.
    internal ActivityNode Node { get; }

    public ActivityDescriptor Descriptor { get; }

    /// <summary>Evaluated inputs as JSON (expressions already run, defaults applied), for the journal.</summary>
    internal IReadOnlyDictionary<string, JsonNode?> Inputs { get; }

    /// <summary>The burst's DI scope: resolve the application's scoped services (e.g. its DbContext) here.</summary>
    public IServiceProvider Services => _burst.Services;

    public TimeProvider Clock => _burst.Clock;

    /// <summary>Who caused the burst (the user completing a task, "system" for timers), when known.</summary>
    public string? Actor => _burst.Actor;

    public CancellationToken CancellationToken => _burst.CancellationToken;

    /// <summary>
    /// The value of a declared variable (default when absent). The activity must declare that it reads or writes it in
    /// its <see cref="IActivity.Variables"/>; reading another is a programming error and throws.
    /// </summary>
    public T Get<T>(WorkflowVariable<T> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!Descriptor.Variables.MayRead(variable))
        {
            throw new InvalidOperationException($"Activity type {Descriptor.Type} reads the variable '{variable.Name}' without declaring it in its Variables.");
        }

        return variable.FromJson(_instance.State.Variables[variable.Name]);
    }

    /// <summary>Sets a declared variable; the activity must declare that it writes it in its <see cref="IActivity.Variables"/>.</summary>
    public void Set<T>(WorkflowVariable<T> variable, T value)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!Descriptor.Variables.MayWrite(variable))
        {
            throw new InvalidOperationException($"Activity type {Descriptor.Type} writes the variable '{variable.Name}' without declaring it in its Variables.");
        }

        _instance.State.Variables[variable.Name] = variable.ToJson(value);
    }

    /// <summary>
    /// Counts this run of the activity and returns its number in the instance (1 the first time): it tells apart the
    /// runs of a step a definition loops back to, e.g. in an idempotency key. Kept in the variable <c>{activityId}Runs</c>.
    /// </summary>
    public int CountRun()
    {
        var counter = $"{ActivityId}Runs";
        var runs = (_instance.State.Variables[counter]?.GetValue<int>() ?? 0) + 1;
        _instance.State.Variables[counter] = runs;
        return runs;
    }

    /// <summary>Sets a variable the definition names (SetVariable, a task's or a signal's result variable).</summary>
    internal void SetVariable(string name, JsonNode? value) => _instance.State.Variables[name] = value?.DeepClone();

    /// <summary>
    /// Records an external side effect, delivered after the burst commits. <paramref name="idempotencyKey"/> must be
    /// unique and stable for this effect; the receiver uses it to refuse a second delivery.
    /// </summary>
    public void EnqueueOutbox(string messageType, JsonNode? payload, string idempotencyKey)
    {
        _burst.AddOutbox(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            InstanceId = _instance.Id,
            MessageType = messageType,
            PayloadJson = payload?.ToJsonString() ?? "null",
            IdempotencyKey = idempotencyKey,
            Status = OutboxStatus.Pending,
            CreatedAt = _burst.Clock.GetUtcNow(),
        });
    }
}
