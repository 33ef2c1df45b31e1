using System.Diagnostics;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Diagnostics;

/// <summary>
/// One burst as telemetry sees it, retries after a conflict included: a span named after the definition, tagged with
/// its version, the instance and the activity it starts from, an event per activity run; at the end the burst counter
/// and duration by outcome.
/// </summary>
internal sealed class BurstObservation(EngineMetrics metrics) : IDisposable
{
    private readonly Activity? _span = EngineTelemetry.Source.StartActivity("workflow burst");
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private string? _definitionId;
    private string _outcome = BurstOutcome.NotApplied;

    public void Describe(WorkflowDefinition definition, Guid instanceId, string? fromActivityId)
    {
        _definitionId = definition.DefinitionId;
        if (_span is null)
        {
            return;
        }

        _span.DisplayName = $"workflow burst {definition.DefinitionId}";
        _span.SetTag(EngineTelemetry.DefinitionTag, definition.DefinitionId);
        _span.SetTag(EngineTelemetry.VersionTag, definition.Version);
        _span.SetTag(EngineTelemetry.InstanceTag, instanceId.ToString());
        if (fromActivityId is not null && _span.GetTagItem(EngineTelemetry.ActivityTag) is null)
        {
            _span.SetTag(EngineTelemetry.ActivityTag, fromActivityId);
        }
    }

    public void Ran(ActivityNode node) => _span?.AddEvent(new ActivityEvent("activity", tags: new ActivityTagsCollection
    {
        [EngineTelemetry.ActivityTag] = node.Id,
        [EngineTelemetry.ActivityTypeTag] = node.Type,
    }));

    public void End(string outcome) => _outcome = outcome;

    /// <summary>A fault names the activity and the exception's type; its message may quote a person and stays out.</summary>
    public void Faulted(string activityId, string activityType, Exception cause)
    {
        _outcome = BurstOutcome.Faulted;
        _span?.SetTag("workflow.fault.activity", activityId);
        _span?.SetTag("workflow.fault.activity_type", activityType);
        _span?.SetTag("error.type", cause.GetType().FullName);
        _span?.SetStatus(ActivityStatusCode.Error);
    }

    public void Dispose()
    {
        _span?.SetTag(EngineTelemetry.OutcomeTag, _outcome);
        metrics.RecordBurst(_definitionId, _outcome, Stopwatch.GetElapsedTime(_startedAt));
        _span?.Dispose();
    }
}
