using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Activities;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// A role an activity takes (a task's candidate role, any input of type Role) must be one of the roles users hold,
/// spelt as their claims carry it, so that the inbox and the task endpoints can match it exactly; a misspelt role would
/// otherwise give a task nobody sees. A role computed by an expression is only known when the task opens and is not
/// checked here.
/// </summary>
internal sealed class CandidateRoleRule : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        for (var i = 0; i < check.Definition.Activities.Count; i++)
        {
            var node = check.Definition.Activities[i];
            if (check.DescriptorOf(node) is not { } descriptor)
            {
                continue;
            }

            foreach (var input in descriptor.Inputs.Where(input => input.Type == ActivityInputType.Role))
            {
                if (node.Inputs.TryGetValue(input.Name, out var raw)
                    && raw is JsonValue value
                    && value.GetValueKind() == JsonValueKind.String
                    && value.GetValue<string>() is var role
                    && !Roles.All.Contains(role, StringComparer.Ordinal))
                {
                    yield return new DefinitionError(
                        DefinitionErrorCode.RejectedValue,
                        $"$.activities[{i}].inputs.{input.Name}",
                        $"'{role}' is not a role of PrimaWeb; use one of {string.Join(", ", Roles.All)} (spelt exactly so).");
                }
            }
        }
    }
}
