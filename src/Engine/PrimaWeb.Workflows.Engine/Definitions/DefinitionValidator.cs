using PrimaWeb.Workflows.Engine.Activities;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// Checks a definition before it is stored, loaded or published by running every registered
/// <see cref="IDefinitionRule"/> in order (the engine's, then the application's), and returns every error with its
/// JSON path.
/// </summary>
public sealed class DefinitionValidator(IActivityRegistry registry, IEnumerable<IDefinitionRule> rules)
{
    /// <summary>Every error of <paramref name="definition"/>; empty when it is valid.</summary>
    public IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<DefinitionError>();
        var check = new DefinitionCheck(definition, registry, errors);
        foreach (var rule in rules)
        {
            errors.AddRange(rule.Check(check).ToList());
        }

        return errors;
    }

    /// <summary>Throws <see cref="DefinitionException"/> with every error when the definition is invalid.</summary>
    public void EnsureValid(WorkflowDefinition definition)
    {
        var errors = Validate(definition);
        if (errors.Count > 0)
        {
            throw new DefinitionException(errors);
        }
    }
}
