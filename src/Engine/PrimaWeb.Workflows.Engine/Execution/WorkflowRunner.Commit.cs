using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Incidents;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Execution;

public sealed partial class WorkflowRunner
{
    /// <summary>
    /// Runs <paramref name="work"/> and commits it. A stale write discards everything and runs the work again from
    /// fresh reads. A fault discards the burst (domain changes included) and commits, instead, the instance as it was
    /// with an incident that knows how to replay the burst.
    /// </summary>
    internal async Task<WorkflowRunResult> RunCommittedAsync(
        string? actor,
        Func<BurstContext, Task<WorkflowInstance?>> work,
        Func<BurstContext, Task<(WorkflowInstance? Instance, BurstStart Start, Guid? IncidentId)>> onFault,
        bool isNewInstance,
        CancellationToken cancellationToken,
        bool acceptsRefusals = false)
    {
        using var observation = new BurstObservation(metrics);
        for (var attempt = 1; ; attempt++)
        {
            var burst = new BurstContext(store, services, clock, actor, cancellationToken) { AcceptsRefusals = acceptsRefusals, Observation = observation };
            WorkflowInstance? instance;
            Guid? incidentOpened = null;
            try
            {
                instance = await work(burst);
                if (instance is null)
                {
                    store.DiscardChanges();
                    return WorkflowRunResult.NotApplied();
                }

                instance.FlushState();
                await store.SaveChangesAsync(cancellationToken);
            }
            catch (BurstRefusedException refused)
            {
                // The person's input was refused: nothing of the burst is written, nothing is faulted.
                store.DiscardChanges();
                logger.LogInformation("Activity {ActivityId} refused the input: {Code} on {Field}.", refused.ActivityId, refused.Refusal.Code, refused.Refusal.Field);
                observation.End(BurstOutcome.Refused);
                return WorkflowRunResult.Refused(refused.Refusal);
            }
            catch (ActivityFaultException fault)
            {
                store.DiscardChanges();
                observation.Faulted(fault.ActivityId, fault.ActivityType, fault.InnerException ?? fault);
                burst = new BurstContext(store, services, clock, actor, cancellationToken) { Observation = observation };
                var (faulted, start, incidentId) = await onFault(burst);
                if (faulted is null)
                {
                    return WorkflowRunResult.NotApplied();
                }

                if (isNewInstance)
                {
                    store.AddInstance(faulted);
                }

                incidentOpened = await RecordFaultAsync(faulted, start, fault, incidentId, burst);
                faulted.FlushState();
                try
                {
                    await store.SaveChangesAsync(cancellationToken);
                }
                catch (WorkflowConcurrencyException) when (attempt < MaxConflictRetries)
                {
                    store.DiscardChanges();
                    continue;
                }

                instance = faulted;
            }
            catch (WorkflowConcurrencyException) when (attempt < MaxConflictRetries)
            {
                store.DiscardChanges();
                continue;
            }

            if (incidentOpened is null)
            {
                observation.End(BurstOutcome.Committed);
            }

            await AfterCommitAsync(burst, cancellationToken);
            return new WorkflowRunResult(instance.Id, instance.Status, true) { IncidentId = incidentOpened };
        }
    }

    private async Task<Guid> RecordFaultAsync(WorkflowInstance instance, BurstStart start, ActivityFaultException fault, Guid? retriedIncidentId, BurstContext burst)
    {
        var now = clock.GetUtcNow();
        instance.Status = WorkflowStatus.Faulted;
        instance.UpdatedAt = now;
        foreach (var token in start.Tokens.Where(t => !instance.State.Pending.Contains(t)))
        {
            instance.State.Pending.Add(token);
        }

        // A retry that faults again updates its incident (the retry's own changes were discarded with the burst).
        var incident = retriedIncidentId is { } retried ? await store.FindIncidentAsync(retried, burst.CancellationToken) : null;
        if (incident is not null)
        {
            incident.ActivityId = fault.ActivityId;
            incident.ActivityType = fault.ActivityType;
        }
        if (incident is null)
        {
            incident = new Incident
            {
                Id = Guid.NewGuid(),
                InstanceId = instance.Id,
                DefinitionId = instance.DefinitionId,
                ActivityId = fault.ActivityId,
                ActivityType = fault.ActivityType,
                Status = IncidentStatus.Open,
                CreatedAt = now,
                ResumeBookmarkId = start.Resume?.Id,
                ResumePayloadJson = start.Payload?.ToJsonString(),
            };
            store.AddIncident(incident);
        }

        incident.Attempts++;
        incident.Error = $"{fault.InnerException!.GetType().Name}: {fault.InnerException.Message}";
        var policy = registry.List().FirstOrDefault(d => d.Type == fault.ActivityType)?.Retry;
        incident.NextRetryAt = policy?.DelayAfter(incident.Attempts) is { } delay ? now + delay : null;

        burst.Journal(instance.Id, JournalEventKind.ActivityFaulted, fault.ActivityId, fault.ActivityType, message: incident.Error);
        burst.Journal(instance.Id, JournalEventKind.InstanceFaulted, fault.ActivityId, fault.ActivityType);
        return incident.Id;
    }

    /// <summary>
    /// Hands new timers and outbox messages over once they are durable. A failure here loses nothing: timers are re-armed
    /// from the database on start-up and the outbox sweep finds pending messages.
    /// </summary>
    internal async Task AfterCommitAsync(BurstContext burst, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (bookmarkId, dueAt) in burst.NewTimers)
            {
                await timerScheduler.ScheduleAsync(bookmarkId, dueAt, cancellationToken);
            }

            if (burst.NewOutboxMessages.Count > 0)
            {
                await outboxNotifier.NotifyAsync(burst.NewOutboxMessages, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Hand-over after commit failed; the re-arm on start-up and the outbox sweep will catch up.");
        }
    }
}
