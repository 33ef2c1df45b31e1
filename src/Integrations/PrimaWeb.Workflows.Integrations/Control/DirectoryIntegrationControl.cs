using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.Integrations.Control;

/// <summary>The control the gateway runs before each call: reads the CPAS's integrations, applies the rules.</summary>
public sealed class DirectoryIntegrationControl(IIntegrationDirectory directory) : IIntegrationControl
{
    public async Task<IntegrationVerdict> CheckAsync(
        string cpas, IntegrationRequirement requirement, DateOnly today, CancellationToken cancellationToken)
    {
        if (requirement.Rule == IntegrationRule.None)
        {
            return IntegrationVerdict.Allowed;
        }

        var integrations = new Dictionary<Niss, IReadOnlyList<BcssIntegration>>();
        foreach (var person in requirement.Persons.Distinct())
        {
            integrations[person] = await directory.GetIntegrationsAsync(cpas, person, cancellationToken);
        }

        return IntegrationControlRules.Evaluate(requirement, today, integrations);
    }
}
