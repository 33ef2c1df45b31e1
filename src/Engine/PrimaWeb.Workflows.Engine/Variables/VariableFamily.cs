namespace PrimaWeb.Workflows.Engine.Variables;

/// <summary>
/// The variables one family of workflows shares (e.g. every request's), declared once with their types and registered
/// with <c>engine.AddVariables(family)</c>. The import check and the generated documentation read them from here.
/// </summary>
public sealed record VariableFamily(string Name, string Description, IReadOnlyList<WorkflowVariable> Variables);
