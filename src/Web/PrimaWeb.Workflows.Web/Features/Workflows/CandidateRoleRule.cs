using System.Text.Json;
using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Domain.Staff;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// A task's candidate role must be one of the roles users hold, spelt as their claims carry it, so that the inbox and the
/// task endpoints can match it exactly; a misspelt role would otherwise give a task nobody sees. A role computed by an
/// expression is only known when the task opens and is not checked here.
/// </summary>
internal sealed class CandidateRoleRule : IDefinitionRule
{
    private const string InputName = "candidateRole";

    public IEnumerable<DefinitionError> Check(WorkflowDefinition definition)
    {
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            if (definition.Activities[i].Inputs.TryGetValue(InputName, out var raw)
                && raw is JsonValue value
                && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>() is var role
                && !Roles.All.Contains(role, StringComparer.Ordinal))
            {
                yield return new DefinitionError(
                    DefinitionErrorCode.RejectedValue,
                    $"$.activities[{i}].inputs.{InputName}",
                    $"'{role}' is not a role of PrimaWeb; use one of {string.Join(", ", Roles.All)} (spelt exactly so).");
            }
        }
    }
}
