using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>An input as the designer and the validator see it. <see cref="LocalizedHelp"/> is keyed by culture ("fr", "nl").</summary>
public sealed record ActivityInputDescriptor(
    string Name,
    ActivityInputType Type,
    bool Required,
    string? Help,
    IReadOnlyDictionary<string, string> LocalizedHelp,
    JsonNode? DefaultValue,
    bool Journaled);
