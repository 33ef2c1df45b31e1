namespace PrimaWeb.Workflows.Engine.Definitions.Rules;

/// <summary>A variable is declared once.</summary>
internal sealed class UniqueVariablesRule : IDefinitionRule
{
    public IEnumerable<DefinitionError> Check(DefinitionCheck check)
    {
        var variables = check.Definition.Variables;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            if (!names.Add(variables[i].Name))
            {
                yield return new DefinitionError(DefinitionErrorCode.DuplicateId, $"$.variables[{i}].name", $"Variable '{variables[i].Name}' is declared twice.");
            }
        }
    }
}
