namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>One problem found in a definition, with the JSON path it points at (e.g. <c>$.activities[3].inputs.condition</c>).</summary>
public sealed record DefinitionError(DefinitionErrorCode Code, string Path, string Message)
{
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
