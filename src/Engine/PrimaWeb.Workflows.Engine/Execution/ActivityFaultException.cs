namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>Carries a fault out of a burst to the runner, which rolls the burst back and records an incident.</summary>
internal sealed class ActivityFaultException(string activityId, string activityType, Exception inner)
    : Exception($"Activity '{activityId}' ({activityType}) faulted: {inner.Message}", inner)
{
    public string ActivityId { get; } = activityId;

    public string ActivityType { get; } = activityType;
}
