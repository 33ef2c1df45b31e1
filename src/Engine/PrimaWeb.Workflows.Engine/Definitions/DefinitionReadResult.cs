namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>The outcome of reading a definition: the definition when its shape is sound, and every error found.</summary>
public sealed record DefinitionReadResult(WorkflowDefinition? Definition, IReadOnlyList<DefinitionError> Errors)
{
    public bool Succeeded => Definition is not null && Errors.Count == 0;
}
