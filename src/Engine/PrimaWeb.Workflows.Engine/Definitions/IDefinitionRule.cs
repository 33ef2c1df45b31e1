namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// A check the application adds to the engine's own (e.g. that a task's candidate role is one its users can hold), run
/// on every definition that is imported, saved or published. Register with <c>engine.AddDefinitionRule&lt;T&gt;()</c>.
/// </summary>
public interface IDefinitionRule
{
    /// <summary>The rule's errors for <paramref name="definition"/>, each with its JSON path; empty when it holds.</summary>
    IEnumerable<DefinitionError> Check(WorkflowDefinition definition);
}
