using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Reads a definition from JSON written in a test, failing the test on a shape error.</summary>
public static class Definitions
{
    public static WorkflowDefinition Read(string json) => DefinitionReader.ReadOrThrow(json);

    /// <summary>A minimal document around the given activities and connections.</summary>
    public static string Document(string activities, string connections) => $$"""
        { "definitionId": "t", "version": 1, "name": "t", "effectiveFrom": "2026-01-01", "status": "draft",
          "activities": [ {{activities}} ], "connections": [ {{connections}} ] }
        """;
}
