using PrimaWeb.Workflows.Domain.Requests;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>
/// Who decides a request type in a CPAS when the Council delegated it (the heating allowance to its social workers,
/// for instance): a role, or null when the definition's own role stands.
/// </summary>
public interface IDecisionDelegation
{
    string? RoleFor(string tenantId, RequestType type);
}

/// <summary>No delegation: every definition's own role decides (the default until the host reads the CPAS's choices).</summary>
internal sealed class NoDecisionDelegation : IDecisionDelegation
{
    public string? RoleFor(string tenantId, RequestType type) => null;
}
