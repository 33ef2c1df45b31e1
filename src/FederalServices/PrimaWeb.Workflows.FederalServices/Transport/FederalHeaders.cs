namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// HTTP headers that carry what the real SOAP messages carry in their envelope (the calling institution, user and
/// legal context) and the idempotency key of a send. Shared by the gateway and the simulator.
/// </summary>
public static class FederalHeaders
{
    public const string Cpas = "X-Cpas";
    public const string User = "X-User";
    public const string Case = "X-Case";
    public const string LegalContext = "X-Legal-Context";
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>1 for the first attempt, 2 for the first retry…; lets the simulator and tests see retries.</summary>
    public const string Attempt = "X-Attempt";
}
