using PrimaWeb.Workflows.Domain.Integrations.Control;

namespace PrimaWeb.Workflows.FederalServices.Control;

/// <summary>The step run before every call: may this CPAS make this call today? A refusal means no call is made.</summary>
public interface IIntegrationControl
{
    Task<IntegrationVerdict> CheckAsync(string cpas, IntegrationCheck check, DateOnly today, CancellationToken cancellationToken);
}
