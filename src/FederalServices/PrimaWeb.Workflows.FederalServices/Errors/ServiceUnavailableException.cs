using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>No usable answer after the retries allowed (time-out, connection refused, HTTP 5xx): try again later.</summary>
public sealed class ServiceUnavailableException(FederalService service, string reason, int attempts, Exception? inner = null)
    : FederalServiceException(service, $"{service.Name} is unavailable after {attempts} attempt(s): {reason}", inner)
{
    public int Attempts { get; } = attempts;
}
