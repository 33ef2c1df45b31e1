using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Engine.Activities.Inputs;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// An input as the designer and the validator see it, derived from the activity's input record. <see cref="HelpKey"/>
/// names its help text in the host's resources; <see cref="Choices"/> lists what a <see cref="ActivityInputType.Choice"/>
/// accepts.
/// </summary>
public sealed record ActivityInputDescriptor(
    string Name,
    ActivityInputType Type,
    bool Required,
    JsonNode? DefaultValue,
    bool Journaled,
    string HelpKey)
{
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Reads a JSON value of this input into its CLR value.</summary>
    [JsonIgnore]
    internal InputConverter Converter { get; init; } = null!;

    /// <summary>
    /// Converts a value of this input. <paramref name="literal"/> asks for the exact JSON shape (a literal written in a
    /// definition); the result of an expression may also be given as text. Returns null on success, else why not.
    /// </summary>
    public string? TryConvert(JsonNode value, bool literal, out object? converted) => Converter.TryConvert(value, literal, out converted);
}
