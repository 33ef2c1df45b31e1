using PrimaWeb.Workflows.Domain.Identity;
using PrimaWeb.Workflows.Domain.Integrations;

namespace PrimaWeb.Workflows.FederalServices.Control;

/// <summary>
/// The integrations a CPAS holds for a person (the domain's <see cref="IntegrationRegister"/>), as the application
/// knows them. The Web host implements it from its database; <see cref="InMemoryIntegrationDirectory"/> serves tests
/// and the embedded demo.
/// </summary>
public interface IIntegrationDirectory
{
    /// <summary>The person's register in this CPAS, or null when the CPAS never integrated him.</summary>
    Task<IntegrationRegister?> GetRegisterAsync(string cpas, Niss person, CancellationToken cancellationToken);
}
