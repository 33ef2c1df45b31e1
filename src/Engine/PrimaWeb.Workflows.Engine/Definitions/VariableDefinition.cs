using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>A workflow variable: its name, its declared type and an optional initial value.</summary>
public sealed record VariableDefinition(string Name, string Type, JsonNode? Default = null);
