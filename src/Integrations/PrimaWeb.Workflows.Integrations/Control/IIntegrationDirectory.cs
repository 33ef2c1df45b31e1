using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>
/// The integrations a CPAS holds for a person, as the application knows them. The Web host implements it from its
/// database; <see cref="InMemoryIntegrationDirectory"/> serves tests and the embedded demo.
/// </summary>
public interface IIntegrationDirectory
{
    Task<IReadOnlyList<BcssIntegration>> GetIntegrationsAsync(string cpas, Niss person, CancellationToken cancellationToken);
}
