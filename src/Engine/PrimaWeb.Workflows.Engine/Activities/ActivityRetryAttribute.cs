namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Automatic retries with exponential back-off when the activity faults (before an operator must act).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityRetryAttribute(int maxAttempts, int initialDelaySeconds) : Attribute
{
    public int MaxAttempts { get; } = maxAttempts;

    public int InitialDelaySeconds { get; } = initialDelaySeconds;

    public double BackoffFactor { get; set; } = 2;
}
