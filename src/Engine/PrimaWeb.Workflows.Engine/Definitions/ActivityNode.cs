using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// One activity placed in a definition. <see cref="Inputs"/> maps an input name to a JSON literal or to an
/// expression object (<c>{"expression": "..."}</c> or <c>{"template": "..."}</c>), see <see cref="InputValue"/>.
/// </summary>
public sealed record ActivityNode(
    string Id,
    string Type,
    int Version,
    string? DisplayName,
    IReadOnlyDictionary<string, JsonNode?> Inputs);
