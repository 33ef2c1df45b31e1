using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>
/// One input of an activity as the designer shows it. <see cref="Type"/> is one of Text, Number, WholeNumber, Flag,
/// Date, Instant, Duration, Json, Condition, Choice, Role, List; <see cref="Default"/> is the JSON value used when the
/// definition gives none; <see cref="Choices"/> what a Choice accepts.
/// </summary>
public sealed record ActivityInputDto(
    string Name, string Type, bool Required, JsonNode? Default, LocalizedTextDto Help, bool Journaled, IReadOnlyList<string>? Choices);
