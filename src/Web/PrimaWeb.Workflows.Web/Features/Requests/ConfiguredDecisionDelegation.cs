using PrimaWeb.Workflows.Activities.Common;
using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Domain.Staff;

namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>
/// The delegations each CPAS's Council gave, from configuration: <c>DecisionDelegation:&lt;tenant&gt;:&lt;request type&gt;</c>
/// = <c>SocialWorker</c> or <c>Manager</c>. Read once at start; a wrong value stops the start-up and says which key.
/// </summary>
internal sealed class ConfiguredDecisionDelegation : IDecisionDelegation
{
    public const string Section = "DecisionDelegation";

    private readonly Dictionary<(string Tenant, RequestType Type), string> _roles = [];

    public ConfiguredDecisionDelegation(IConfiguration configuration)
    {
        foreach (var tenant in configuration.GetSection(Section).GetChildren())
        {
            foreach (var entry in tenant.GetChildren())
            {
                if (!Enum.TryParse<RequestType>(entry.Key, ignoreCase: false, out var type) || int.TryParse(entry.Key, out _))
                {
                    throw new InvalidOperationException($"{entry.Path}: '{entry.Key}' is not a request type ({string.Join(", ", Enum.GetNames<RequestType>())}).");
                }

                if (entry.Value is not (Roles.SocialWorker or Roles.Manager))
                {
                    throw new InvalidOperationException($"{entry.Path}: '{entry.Value}' is not a role that decides ({Roles.SocialWorker} or {Roles.Manager}).");
                }

                _roles[(tenant.Key, type)] = entry.Value;
            }
        }
    }

    public string? RoleFor(string tenantId, RequestType type) => _roles.GetValueOrDefault((tenantId, type));
}
