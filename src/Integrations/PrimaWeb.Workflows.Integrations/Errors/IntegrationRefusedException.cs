using PrimaWeb.Workflows.Integrations.Catalog;
using PrimaWeb.Workflows.Integrations.Control;

namespace PrimaWeb.Workflows.Integrations.Errors;

/// <summary>The gateway's integration control refused the call; nothing was sent. The verdict names who, when and which code.</summary>
public sealed class IntegrationRefusedException(FederalService service, IntegrationVerdict verdict)
    : FederalServiceException(service, $"{service.Name} not called: {verdict}")
{
    public IntegrationVerdict Verdict { get; } = verdict;
}
