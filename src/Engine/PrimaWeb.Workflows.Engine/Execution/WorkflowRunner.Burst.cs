using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Activities.BuiltIn;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Expressions;
using PrimaWeb.Workflows.Engine.Journal;
using PrimaWeb.Workflows.Engine.Tasks;
using PrimaWeb.Workflows.Engine.Timers;

namespace PrimaWeb.Workflows.Engine.Execution;

public sealed partial class WorkflowRunner
{
    /// <summary>Runs from the burst's start until every path waits or the workflow ends. Changes stay uncommitted.</summary>
    internal async Task RunBurstAsync(WorkflowInstance instance, WorkflowDefinition definition, BurstContext burst, BurstStart start)
    {
        if (instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
        {
            throw new InvalidOperationException($"Instance {instance.Id} is {instance.Status} and cannot run.");
        }

        if (instance.Status != WorkflowStatus.Faulted)
        {
            instance.Status = WorkflowStatus.Running;
        }

        burst.Observation?.Describe(definition, instance.Id, start.Resume?.ActivityId ?? (start.Tokens.Count > 0 ? start.Tokens[0].ActivityId : null));
        var queue = new Queue<PendingToken>(start.Tokens);
        if (start.Resume is { } bookmark)
        {
            await ResumeBookmarkAsync(instance, definition, bookmark, start.Payload, burst, queue);
        }

        while (queue.TryDequeue(out var token))
        {
            if (instance.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)
            {
                break;
            }

            var node = definition.FindActivity(token.ActivityId)
                ?? throw new InvalidOperationException($"Activity '{token.ActivityId}' is not in {definition.DefinitionId} v{definition.Version}.");
            if (node.Type == BuiltInActivityTypes.Join && !Arrive(instance, definition, node, token))
            {
                continue;
            }

            burst.Observation?.Ran(node);
            await ExecuteNodeAsync(instance, definition, node, burst, queue);
        }

        if (instance.Status is WorkflowStatus.Running)
        {
            var waiting = instance.State.OpenBookmarks ?? (await store.ListBookmarksAsync(instance.Id, burst.CancellationToken)).Count;
            if (waiting > 0)
            {
                instance.Status = WorkflowStatus.Suspended;
            }
            else
            {
                await FinishAsync(instance, WorkflowStatus.Completed, burst);
            }
        }

        instance.UpdatedAt = clock.GetUtcNow();
    }

    /// <summary>Ends the instance: every waiting bookmark, timer and open task goes.</summary>
    internal async Task FinishAsync(WorkflowInstance instance, WorkflowStatus status, BurstContext burst)
    {
        if (instance.State.OpenBookmarks != 0)
        {
            foreach (var bookmark in await store.ListBookmarksAsync(instance.Id, burst.CancellationToken))
            {
                await DropBookmarkAsync(instance, bookmark, burst, HumanTaskAction.Cancelled);
            }
        }

        instance.State.OpenBookmarks = 0;
        instance.Status = status;
        instance.FinishedAt = clock.GetUtcNow();
        instance.State.Pending.Clear();
        instance.State.JoinArrivals.Clear();
        burst.Journal(instance.Id, status == WorkflowStatus.Completed ? JournalEventKind.InstanceCompleted : JournalEventKind.InstanceCancelled);
    }

    /// <summary>Join all: true once every incoming connection (activity and outcome) has delivered a token.</summary>
    private static bool Arrive(WorkflowInstance instance, WorkflowDefinition definition, ActivityNode join, PendingToken token)
    {
        var expected = definition.ConnectionsTo(join.Id).Select(c => $"{c.From}:{c.Outcome}").ToHashSet(StringComparer.Ordinal);
        if (!instance.State.JoinArrivals.TryGetValue(join.Id, out var arrived))
        {
            arrived = [];
            instance.State.JoinArrivals[join.Id] = arrived;
        }

        if (token.ArrivedFrom is not null && !arrived.Contains(token.ArrivedFrom))
        {
            arrived.Add(token.ArrivedFrom);
        }

        if (!expected.IsSubsetOf(arrived))
        {
            return false;
        }

        instance.State.JoinArrivals.Remove(join.Id);
        return true;
    }

    private async Task ResumeBookmarkAsync(
        WorkflowInstance instance, WorkflowDefinition definition, Bookmark bookmark, JsonNode? payload, BurstContext burst, Queue<PendingToken> queue)
    {
        var node = definition.FindActivity(bookmark.ActivityId)
            ?? throw new InvalidOperationException($"Bookmark {bookmark.Id} points at activity '{bookmark.ActivityId}', absent from v{definition.Version}.");
        var descriptor = Describe(node);
        burst.Observation?.Ran(node);
        await DropBookmarkAsync(instance, bookmark, burst, taskAction: null);
        burst.Journal(instance.Id, JournalEventKind.ActivityResumed, node.Id, node.Type);

        if (TrySkip(instance, definition, node, burst, queue))
        {
            return;
        }

        ActivityResult result;
        try
        {
            var (context, input) = await CreateContextAsync(instance, node, descriptor, burst);
            result = await descriptor.Invoker.ResumeAsync(CreateActivity(descriptor, burst), input, context, payload);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ActivityFaultException and not BurstRefusedException)
        {
            throw Failure(node, ex, burst);
        }

        await HandleResultAsync(instance, definition, node, result, burst, queue);
    }

    // An operator's "skip" on an incident marks the activity once: it is not run and its chosen outcome is followed.
    private static bool TrySkip(WorkflowInstance instance, WorkflowDefinition definition, ActivityNode node, BurstContext burst, Queue<PendingToken> queue)
    {
        if (!instance.State.SkipOnce.Remove(node.Id, out var skipOutcome))
        {
            return false;
        }

        burst.Journal(instance.Id, JournalEventKind.ActivitySkipped, node.Id, node.Type, skipOutcome);
        Follow(definition, node, [skipOutcome], queue);
        return true;
    }

    private async Task ExecuteNodeAsync(WorkflowInstance instance, WorkflowDefinition definition, ActivityNode node, BurstContext burst, Queue<PendingToken> queue)
    {
        if (TrySkip(instance, definition, node, burst, queue))
        {
            return;
        }

        ActivityResult result;
        try
        {
            var descriptor = Describe(node);
            var (context, input) = await CreateContextAsync(instance, node, descriptor, burst);
            burst.Journal(instance.Id, JournalEventKind.ActivityStarted, node.Id, node.Type, dataJson: JournaledInputs(descriptor, context.Inputs));
            result = await descriptor.Invoker.ExecuteAsync(CreateActivity(descriptor, burst), input, context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ActivityFaultException and not BurstRefusedException)
        {
            throw Failure(node, ex, burst);
        }

        await HandleResultAsync(instance, definition, node, result, burst, queue);
    }

    private async Task HandleResultAsync(
        WorkflowInstance instance, WorkflowDefinition definition, ActivityNode node, ActivityResult result, BurstContext burst, Queue<PendingToken> queue)
    {
        if (result.Bookmark is { } request)
        {
            await CreateBookmarkAsync(instance, node, request, burst);
            burst.Journal(instance.Id, JournalEventKind.ActivitySuspended, node.Id, node.Type, message: request.Kind.ToString());
            return;
        }

        burst.Journal(instance.Id, JournalEventKind.ActivityCompleted, node.Id, node.Type, string.Join(",", result.Outcomes));
        if (node.Type == BuiltInActivityTypes.End)
        {
            queue.Clear();
            await FinishAsync(instance, WorkflowStatus.Completed, burst);
            return;
        }

        Follow(definition, node, result.Outcomes, queue);
    }

    private static void Follow(WorkflowDefinition definition, ActivityNode node, IEnumerable<string> outcomes, Queue<PendingToken> queue)
    {
        foreach (var outcome in outcomes)
        {
            foreach (var connection in definition.ConnectionsFrom(node.Id, outcome))
            {
                queue.Enqueue(new PendingToken(connection.To, $"{connection.From}:{connection.Outcome}"));
            }
        }
    }

    private async Task CreateBookmarkAsync(WorkflowInstance instance, ActivityNode node, BookmarkRequest request, BurstContext burst)
    {
        var now = clock.GetUtcNow();
        var bookmark = new Bookmark
        {
            Id = Guid.NewGuid(),
            InstanceId = instance.Id,
            ActivityId = node.Id,
            Kind = request.Kind,
            SignalName = request.SignalName,
            CorrelationKey = request.CorrelationKey,
            DueAt = request.DueAt,
            CreatedAt = now,
        };

        switch (request.Kind)
        {
            case BookmarkKind.Timer:
                store.AddTimer(new WorkflowTimer { BookmarkId = bookmark.Id, InstanceId = instance.Id, DueAt = request.DueAt!.Value, CreatedAt = now });
                burst.NewTimers.Add((bookmark.Id, request.DueAt.Value));
                break;
            case BookmarkKind.HumanTask:
                bookmark.TaskId = HumanTaskFactory.Open(store, instance, node.Id, bookmark.Id, request.Task!, burst.Actor, now).Id;
                break;
            default:
                break;
        }

        store.AddBookmark(bookmark);
        instance.State.OpenBookmarks += 1;
        await Task.CompletedTask;
    }

    /// <summary>Removes a bookmark and what hangs on it (its timer; its task, cancelled when <paramref name="taskAction"/> says so).</summary>
    private async Task DropBookmarkAsync(WorkflowInstance instance, Bookmark bookmark, BurstContext burst, HumanTaskAction? taskAction)
    {
        store.RemoveBookmark(bookmark);
        instance.State.OpenBookmarks -= 1;
        if (bookmark.Kind == BookmarkKind.Timer && await store.FindTimerAsync(bookmark.Id, burst.CancellationToken) is { } timer)
        {
            store.RemoveTimer(timer);
        }

        if (bookmark.TaskId is { } taskId && taskAction is { } action
            && await store.FindTaskAsync(taskId, burst.CancellationToken) is { Status: HumanTaskStatus.Open or HumanTaskStatus.Claimed } task)
        {
            HumanTaskFactory.Record(store, task, action, burst.Actor, operationId: null, clock.GetUtcNow());
            task.Status = HumanTaskStatus.Cancelled;
        }
    }

    /// <summary>
    /// A refusal of a person's input when the burst accepts refusals (an <see cref="ActivityRefusalException"/>, or an
    /// exception a host's <see cref="IRefusalTranslator"/> recognises); otherwise a fault, which opens an incident.
    /// </summary>
    private static Exception Failure(ActivityNode node, Exception exception, BurstContext burst)
    {
        if (burst.AcceptsRefusals)
        {
            var refusal = exception is ActivityRefusalException refused
                ? refused.Refusal
                : burst.Services.GetServices<IRefusalTranslator>().Select(t => t.Translate(exception)).FirstOrDefault(r => r is not null);
            if (refusal is not null)
            {
                return new BurstRefusedException(node.Id, refusal, exception);
            }
        }

        return new ActivityFaultException(node.Id, node.Type, exception);
    }

    private ActivityDescriptor Describe(ActivityNode node) =>
        registry.Find(node.Type, node.Version)
            ?? throw new InvalidOperationException($"Activity type '{node.Type}' v{node.Version} is not registered.");

    private static object CreateActivity(ActivityDescriptor descriptor, BurstContext burst) =>
        burst.Services.GetRequiredService(descriptor.ClrType);

    /// <summary>
    /// Evaluates the node's inputs (literals, Liquid, defaults) and binds them to the activity's input record. A value
    /// that does not convert to its input's type faults the step with the input's name.
    /// </summary>
    private async Task<(ActivityContext Context, object Input)> CreateContextAsync(WorkflowInstance instance, ActivityNode node, ActivityDescriptor descriptor, BurstContext burst)
    {
        var inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var input in descriptor.Inputs)
        {
            var raw = node.Inputs.TryGetValue(input.Name, out var given) && given is not null ? given : input.DefaultValue;
            if (raw is null)
            {
                if (input.Required)
                {
                    throw new InvalidOperationException($"Input '{input.Name}' of '{node.Id}' is required.");
                }

                continue;
            }

            var evaluated = await EvaluateInputAsync(input, raw, instance, burst);
            inputs[input.Name] = evaluated;
            values[input.Name] = Bind(node, input, evaluated);
        }

        var bound = descriptor.InputModel.Create(values);
        return (new ActivityContext(instance, node, descriptor, inputs, burst), bound);
    }

    private async ValueTask<JsonNode?> EvaluateInputAsync(ActivityInputDescriptor input, JsonNode raw, WorkflowInstance instance, BurstContext burst)
    {
        var value = InputValue.Parse(raw);
        return value.Kind switch
        {
            InputValueKind.Expression => await expressions.EvaluateAsync(
                value.Source!, input.Type == ActivityInputType.Condition ? ExpressionKind.Condition : ExpressionKind.Value, instance.State.Variables, burst.CancellationToken),
            InputValueKind.Template => await expressions.EvaluateAsync(value.Source!, ExpressionKind.Template, instance.State.Variables, burst.CancellationToken),
            _ when input.Type == ActivityInputType.Condition && raw.GetValueKind() == System.Text.Json.JsonValueKind.String =>
                await expressions.EvaluateAsync(raw.GetValue<string>(), ExpressionKind.Condition, instance.State.Variables, burst.CancellationToken),
            _ => raw.DeepClone(),
        };
    }

    // An expression that gives nothing (or an empty text for a typed value) leaves the input to its default, else empty.
    private static object? Bind(ActivityNode node, ActivityInputDescriptor input, JsonNode? evaluated)
    {
        if (evaluated is JsonValue text && text.GetValueKind() == System.Text.Json.JsonValueKind.String && text.GetValue<string>().Length == 0
            && input.Type is not (ActivityInputType.Text or ActivityInputType.Role or ActivityInputType.Json))
        {
            evaluated = null;
        }

        evaluated ??= input.DefaultValue;
        if (evaluated is null)
        {
            return input.Required
                ? throw new InvalidOperationException($"Input '{input.Name}' of '{node.Id}' is required, but its expression gave no value.")
                : null;
        }

        return input.TryConvert(evaluated, literal: false, out var converted) is { } error
            ? throw new InvalidOperationException($"Input '{input.Name}' of '{node.Id}' {error}; its value was {evaluated.ToJsonString()}.")
            : converted;
    }

    private static string? JournaledInputs(ActivityDescriptor descriptor, IReadOnlyDictionary<string, JsonNode?> inputs)
    {
        var data = new JsonObject();
        foreach (var input in descriptor.Inputs.Where(i => i.Journaled && inputs.ContainsKey(i.Name)))
        {
            data[input.Name] = inputs[input.Name]?.DeepClone();
        }

        return data.Count == 0 ? null : data.ToJsonString();
    }
}
