namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>Per-request flags read by the resilience pipeline and the attempt handler.</summary>
internal static class FederalRequestOptions
{
    /// <summary>Set when the call is safe to repeat (a consultation, or a send with an idempotency key).</summary>
    public static readonly HttpRequestOptionsKey<bool> RetryAllowed = new("PrimaWeb.Federal.RetryAllowed");

    public static readonly HttpRequestOptionsKey<AttemptCounter> Attempts = new("PrimaWeb.Federal.Attempts");
}
