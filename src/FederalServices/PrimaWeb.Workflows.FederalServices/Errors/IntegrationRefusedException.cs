using PrimaWeb.Workflows.Domain.Integrations.Control;
using PrimaWeb.Workflows.FederalServices.Catalog;

namespace PrimaWeb.Workflows.FederalServices.Errors;

/// <summary>
/// The gateway's integration control refused the call; nothing was sent. The domain's verdict names each missing
/// integration: the person (and his role), the day or period, and the capacity codes that would satisfy it.
/// </summary>
public sealed class IntegrationRefusedException(FederalService service, IntegrationVerdict verdict)
    : FederalServiceException(service, $"{service.Name} not called: {verdict}")
{
    public IntegrationVerdict Verdict { get; } = verdict;
}
