namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>How often and when a faulted activity is retried automatically; after the last attempt an operator decides.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialDelay, double BackoffFactor = 2)
{
    /// <summary>No automatic retry: the first fault waits for an operator.</summary>
    public static RetryPolicy None { get; } = new(1, TimeSpan.Zero);

    /// <summary>The delay before attempt number <paramref name="attempt"/> + 1, or null when attempts are exhausted.</summary>
    public TimeSpan? DelayAfter(int attempt)
    {
        if (attempt >= MaxAttempts)
        {
            return null;
        }

        return TimeSpan.FromTicks((long)(InitialDelay.Ticks * Math.Pow(BackoffFactor, attempt - 1)));
    }
}
