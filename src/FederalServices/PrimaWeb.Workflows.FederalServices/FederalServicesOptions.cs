namespace PrimaWeb.Workflows.FederalServices;

/// <summary>Settings of the gateway, bound from the configuration section <c>FederalServices</c>.</summary>
public sealed class FederalServicesOptions
{
    public const string SectionName = "FederalServices";

    /// <summary>Where the services answer (the BCSS gateway, or the simulator: http://127.0.0.1:5090/ by default).</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1:5090/");

    /// <summary>Time allowed to one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time allowed to one call, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt, for calls safe to repeat.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay; doubles at each retry (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Whether sends are retried too. Safe because every send carries an idempotency key that the receiver uses to
    /// record it once; turn off if a receiver is known not to honour the key.
    /// </summary>
    public bool RetrySends { get; set; } = true;
}
