using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>What one burst collects until it commits: the timers and outbox messages to hand over after commit.</summary>
internal sealed class BurstContext(IWorkflowStore store, IServiceProvider services, TimeProvider clock, string? actor, CancellationToken cancellationToken)
{
    private long _sequence;

    public IWorkflowStore Store { get; } = store;

    public IServiceProvider Services { get; } = services;

    public TimeProvider Clock { get; } = clock;

    public string? Actor { get; } = actor;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>
    /// True for a burst a person started with input of their own (a task completion): a refusal of that input by an
    /// activity rolls the burst back and goes back to them instead of opening an incident.
    /// </summary>
    public bool AcceptsRefusals { get; init; }

    /// <summary>The burst's span and measures, shared by its retries and its fault's commit.</summary>
    public BurstObservation? Observation { get; init; }

    public List<(Guid BookmarkId, DateTimeOffset DueAt)> NewTimers { get; } = [];

    public List<Guid> NewOutboxMessages { get; } = [];

    public void Journal(Guid instanceId, JournalEventKind kind, string? activityId = null, string? activityType = null, string? outcome = null, string? message = null, string? dataJson = null) =>
        Store.AddJournalEntry(new JournalEntry
        {
            Id = Guid.NewGuid(),
            InstanceId = instanceId,
            Sequence = Interlocked.Increment(ref _sequence),
            Kind = kind,
            ActivityId = activityId,
            ActivityType = activityType,
            Outcome = outcome,
            Actor = Actor,
            Message = message,
            DataJson = dataJson,
            At = Clock.GetUtcNow(),
        });

    public void AddOutbox(OutboxMessage message)
    {
        Store.AddOutboxMessage(message);
        NewOutboxMessages.Add(message.Id);
    }
}
