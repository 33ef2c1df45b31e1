using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Execution;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Incidents;

/// <summary>
/// Operator actions on incidents: retry (replay the faulted burst), skip (take an outcome instead of running the
/// faulted activity), cancel (end the instance), one at a time or for a filtered batch; and the automatic retries.
/// </summary>
public sealed class IncidentService(IWorkflowStore store, WorkflowRunner runner, DefinitionCatalog definitions, IActivityRegistry registry, TimeProvider clock)
{
    public Task<IReadOnlyList<Incident>> ListOpenAsync(IncidentFilter filter, CancellationToken cancellationToken) =>
        store.ListOpenIncidentsAsync(filter, cancellationToken);

    /// <summary>Replays the burst that faulted. False when the incident is no longer open.</summary>
    public Task<bool> RetryAsync(Guid incidentId, string? actor, CancellationToken cancellationToken) =>
        ReplayAsync(incidentId, actor, skipOutcome: null, cancellationToken);

    /// <summary>Completes the faulted activity with <paramref name="outcome"/> (its first outcome when null) without running it.</summary>
    public Task<bool> SkipAsync(Guid incidentId, string? outcome, string? actor, CancellationToken cancellationToken) =>
        ReplayAsync(incidentId, actor, outcome ?? "", cancellationToken);

    /// <summary>Cancels the instance of the incident: its bookmarks, timers and open tasks go.</summary>
    public async Task<bool> CancelAsync(Guid incidentId, string? actor, CancellationToken cancellationToken)
    {
        var result = await runner.RunCommittedAsync(
            actor,
            async burst =>
            {
                if (await FindOpenAsync(incidentId, cancellationToken) is not var (_, instance))
                {
                    return null;
                }

                foreach (var open in await store.ListOpenIncidentsAsync(new IncidentFilter { InstanceId = instance.Id }, cancellationToken))
                {
                    Close(open, IncidentStatus.Cancelled, actor);
                }

                await runner.FinishAsync(instance, WorkflowStatus.Cancelled, burst);
                return instance;
            },
            onFault: _ => Task.FromResult<(WorkflowInstance?, BurstStart, Guid?)>((null, new BurstStart([], null, null), null)),
            isNewInstance: false,
            cancellationToken);
        return result.Applied;
    }

    /// <summary>Retries every open incident matching the filter; returns how many were replayed.</summary>
    public Task<int> RetryAsync(IncidentFilter filter, string? actor, CancellationToken cancellationToken) =>
        ForEachAsync(filter, id => RetryAsync(id, actor, cancellationToken), cancellationToken);

    public Task<int> SkipAsync(IncidentFilter filter, string? outcome, string? actor, CancellationToken cancellationToken) =>
        ForEachAsync(filter, id => SkipAsync(id, outcome, actor, cancellationToken), cancellationToken);

    public Task<int> CancelAsync(IncidentFilter filter, string? actor, CancellationToken cancellationToken) =>
        ForEachAsync(filter, id => CancelAsync(id, actor, cancellationToken), cancellationToken);

    /// <summary>The automatic retries whose back-off has elapsed (run by a recurring job).</summary>
    public async Task<int> RetryDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = (await store.ListOpenIncidentsAsync(new IncidentFilter(), cancellationToken))
            .Where(i => i.NextRetryAt is { } at && at <= now)
            .Select(i => i.Id)
            .ToList();
        store.DiscardChanges();
        var count = 0;
        foreach (var id in due)
        {
            count += await RetryAsync(id, WorkflowRunner.TimerActor, cancellationToken) ? 1 : 0;
        }

        return count;
    }

    private async Task<int> ForEachAsync(IncidentFilter filter, Func<Guid, Task<bool>> action, CancellationToken cancellationToken)
    {
        var ids = (await store.ListOpenIncidentsAsync(filter, cancellationToken)).Select(i => i.Id).ToList();
        store.DiscardChanges();
        var count = 0;
        foreach (var id in ids)
        {
            count += await action(id) ? 1 : 0;
        }

        return count;
    }

    private async Task<bool> ReplayAsync(Guid incidentId, string? actor, string? skipOutcome, CancellationToken cancellationToken)
    {
        Guid instanceId = default;
        BurstStart start = new([], null, null);
        var result = await runner.RunCommittedAsync(
            actor,
            async burst =>
            {
                if (await FindOpenAsync(incidentId, cancellationToken) is not var (incident, instance))
                {
                    return null;
                }

                instanceId = instance.Id;
                var definition = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
                if (skipOutcome is not null)
                {
                    var node = definition.FindActivity(incident.ActivityId)!;
                    var outcome = skipOutcome.Length > 0 ? skipOutcome : registry.Find(node.Type, node.Version)?.Outcomes[0] ?? Outcomes.Done;
                    instance.State.SkipOnce[incident.ActivityId] = outcome;
                }

                Close(incident, skipOutcome is null ? IncidentStatus.Resolved : IncidentStatus.Skipped, actor);
                burst.Journal(instance.Id, JournalEventKind.IncidentRetried, incident.ActivityId, incident.ActivityType, message: skipOutcome is null ? "retry" : "skip");

                var tokens = instance.State.Pending.ToList();
                instance.State.Pending.Clear();
                var bookmark = incident.ResumeBookmarkId is { } bookmarkId ? await store.FindBookmarkAsync(bookmarkId, cancellationToken) : null;
                var payload = incident.ResumePayloadJson is { } json ? JsonNode.Parse(json) : null;
                start = new BurstStart(tokens, bookmark, payload);

                var stillOpen = (await store.ListOpenIncidentsAsync(new IncidentFilter { InstanceId = instance.Id }, cancellationToken))
                    .Any(i => i.Id != incident.Id);
                instance.Status = stillOpen ? WorkflowStatus.Faulted : WorkflowStatus.Running;
                await runner.RunBurstAsync(instance, definition, burst, start);
                return instance;
            },
            onFault: async _ => (await store.FindInstanceAsync(instanceId, cancellationToken), start, incidentId),
            isNewInstance: false,
            cancellationToken);
        return result.Applied;
    }

    /// <summary>The incident while it is still open (another node may have handled it meanwhile), with its instance.</summary>
    private async Task<(Incident Incident, WorkflowInstance Instance)?> FindOpenAsync(Guid incidentId, CancellationToken cancellationToken)
    {
        var incident = await store.FindIncidentAsync(incidentId, cancellationToken);
        return incident is { Status: IncidentStatus.Open }
            ? (incident, (await store.FindInstanceAsync(incident.InstanceId, cancellationToken))!)
            : null;
    }

    private void Close(Incident incident, IncidentStatus status, string? actor)
    {
        incident.Status = status;
        incident.ClosedAt = clock.GetUtcNow();
        incident.ClosedBy = actor;
        incident.NextRetryAt = null;
    }
}
