using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Diagnostics;
using PrimaWeb.Workflows.Engine.Expressions;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Outbox;
using PrimaWeb.Workflows.Engine.Persistence;
using PrimaWeb.Workflows.Engine.Timers;
using PrimaWeb.Workflows.Engine.Versioning;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>
/// Runs instances: start, resume a bookmark, deliver a signal, fire a timer. Each call is one burst, run until every
/// path waits on a bookmark or the workflow ends, then committed at once with the activities' own changes.
/// Scoped: one per DI scope, sharing the scope's store (and DbContext).
/// </summary>
public sealed partial class WorkflowRunner(
    IWorkflowStore store,
    IActivityRegistry registry,
    DefinitionCatalog definitions,
    IExpressionEvaluator expressions,
    TimeProvider clock,
    IServiceProvider services,
    ITimerScheduler timerScheduler,
    IOutboxNotifier outboxNotifier,
    EngineMetrics metrics,
    ILogger<WorkflowRunner> logger)
{
    /// <summary>Actor recorded for bursts caused by a timer.</summary>
    public const string TimerActor = "system:timer";

    private const int MaxConflictRetries = 3;

    /// <summary>Starts an instance and runs it to its first bookmarks (or to its end).</summary>
    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken)
    {
        var definition = request.Version is { } version
            ? await definitions.GetAsync(request.DefinitionId, version, cancellationToken)
            : await definitions.SelectAsync(request.DefinitionId, request.ReceptionDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (definition.Status != DefinitionStatus.Published)
        {
            throw new InvalidOperationException($"{definition.DefinitionId} v{definition.Version} is {definition.Status.ToString().ToLowerInvariant()}: it takes no new starts.");
        }

        if (request.InstanceId is { } requestedId && await store.FindInstanceAsync(requestedId, cancellationToken) is { } existing)
        {
            // A repeated start (same id chosen by the caller) is answered with the instance, not started twice.
            return new WorkflowRunResult(existing.Id, existing.Status, false);
        }

        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = request.InstanceId ?? Guid.NewGuid(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            TenantId = request.TenantId,
            CorrelationKey = request.CorrelationKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        instance.State.OpenBookmarks = 0;
        foreach (var variable in definition.Variables)
        {
            instance.State.Variables[variable.Name] = variable.Default?.DeepClone();
        }

        foreach (var (name, value) in request.Variables ?? [])
        {
            instance.State.Variables[name] = value?.DeepClone();
        }

        var start = definition.Activities.Single(a => a.Type == BuiltInActivityTypes.Start);
        var burstStart = new BurstStart([new PendingToken(start.Id, null)], null, null);
        instance.FlushState();
        var pristine = instance.StateJson;

        return await RunCommittedAsync(
            request.Actor,
            async burst =>
            {
                // A retry after a conflict or a fault starts again from the untouched instance.
                instance.StateJson = pristine;
                var fresh = Copy(instance);
                store.AddInstance(fresh);
                burst.Journal(fresh.Id, JournalEventKind.InstanceStarted, message: $"{definition.DefinitionId} v{definition.Version}");
                await RunBurstAsync(fresh, definition, burst, burstStart);
                return fresh;
            },
            onFault: _ => Task.FromResult<(WorkflowInstance?, BurstStart, Guid?)>((Copy(instance), burstStart, null)),
            isNewInstance: true,
            cancellationToken);
    }

    /// <summary>Resumes one bookmark with a payload. A bookmark already resumed is ignored (not applied).</summary>
    public Task<WorkflowRunResult> ResumeAsync(Guid bookmarkId, JsonNode? payload, string? actor, CancellationToken cancellationToken) =>
        ResumeCoreAsync(bookmarkId, payload, actor, beforeRun: null, cancellationToken);

    /// <summary>Delivers a signal to every bookmark waiting for it with this correlation key; one burst per instance.</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> SignalAsync(string signalName, string? correlationKey, JsonNode? payload, string? actor, CancellationToken cancellationToken)
    {
        var bookmarks = await store.FindSignalBookmarksAsync(signalName, correlationKey, cancellationToken);
        var results = new List<WorkflowRunResult>();
        foreach (var bookmark in bookmarks)
        {
            results.Add(await ResumeAsync(bookmark.Id, payload, actor, cancellationToken));
        }

        return results;
    }

    /// <summary>
    /// Fires the timer of a bookmark if it is still there and due. Idempotent: a second firing (another node, a
    /// re-armed duplicate) finds no timer and does nothing.
    /// </summary>
    public async Task<WorkflowRunResult> FireTimerAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var timer = await store.FindTimerAsync(bookmarkId, cancellationToken);
        if (timer is null || timer.DueAt > clock.GetUtcNow())
        {
            return WorkflowRunResult.NotApplied(timer?.InstanceId ?? default);
        }

        return await ResumeCoreAsync(bookmarkId, null, TimerActor, beforeRun: null, cancellationToken);
    }

    /// <summary>Reads an instance (for status checks and hosts); null when unknown.</summary>
    public Task<WorkflowInstance?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        store.FindInstanceAsync(instanceId, cancellationToken);

    /// <summary>
    /// Resumes a bookmark. <paramref name="beforeRun"/> (a task completion) runs in the burst before the activity, and
    /// again in the commit of a fault, so that what it records stands with the incident that will replay the burst;
    /// its burst accepts refusals of the payload (<see cref="WorkflowRunResult.Refusal"/>).
    /// </summary>
    internal async Task<WorkflowRunResult> ResumeCoreAsync(
        Guid bookmarkId, JsonNode? payload, string? actor, Func<BurstContext, WorkflowInstance, Task>? beforeRun, CancellationToken cancellationToken)
    {
        BurstStart? replay = null;
        return await RunCommittedAsync(
            actor,
            async burst =>
            {
                var bookmark = await store.FindBookmarkAsync(bookmarkId, cancellationToken);
                if (bookmark is null)
                {
                    return null;
                }

                var instance = await store.FindInstanceAsync(bookmark.InstanceId, cancellationToken)
                    ?? throw new InvalidOperationException($"Bookmark {bookmarkId} points at a missing instance.");
                if (instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
                {
                    // The bookmark was read just before another writer's commit ended the instance (a second node, a
                    // duplicate timer job); that commit removed the bookmark too, so it is as stale as a missing one.
                    return null;
                }

                var definition = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
                if (beforeRun is not null)
                {
                    await beforeRun(burst, instance);
                }

                replay = new BurstStart([], bookmark, payload?.DeepClone());
                await RunBurstAsync(instance, definition, burst, replay);
                return instance;
            },
            onFault: async burst =>
            {
                var bookmark = await store.FindBookmarkAsync(bookmarkId, cancellationToken);
                var instance = bookmark is null ? null : await store.FindInstanceAsync(bookmark.InstanceId, cancellationToken);
                if (instance?.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
                {
                    // As in the burst: another writer ended the instance after the bookmark was read; a fault of this
                    // stale burst must not turn the ended instance into a faulted one.
                    instance = null;
                }

                if (instance is not null && beforeRun is not null)
                {
                    await beforeRun(burst, instance);
                }

                return (instance, replay ?? new BurstStart([], bookmark, payload), null);
            },
            isNewInstance: false,
            cancellationToken,
            acceptsRefusals: beforeRun is not null);
    }

    private static WorkflowInstance Copy(WorkflowInstance source) => new()
    {
        Id = source.Id,
        DefinitionId = source.DefinitionId,
        DefinitionVersion = source.DefinitionVersion,
        Status = source.Status,
        TenantId = source.TenantId,
        CorrelationKey = source.CorrelationKey,
        CreatedAt = source.CreatedAt,
        UpdatedAt = source.UpdatedAt,
        FinishedAt = source.FinishedAt,
        StateJson = source.StateJson,
    };
}
