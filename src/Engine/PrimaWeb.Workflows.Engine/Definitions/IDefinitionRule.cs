namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// One check every definition must pass before it is imported, saved or published. The engine's own checks (ids,
/// activity types and inputs, connections, reachability, loops, variables) are rules too; the application adds its
/// own with <c>engine.AddDefinitionRule&lt;T&gt;()</c> (e.g. that a task's candidate role is one its users can hold).
/// Rules run in the order they were registered, the engine's first.
/// </summary>
public interface IDefinitionRule
{
    /// <summary>The rule's errors for <see cref="DefinitionCheck.Definition"/>, each with its JSON path; empty when it holds.</summary>
    IEnumerable<DefinitionError> Check(DefinitionCheck check);
}
