using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Activities.Tests.Support;

/// <summary>A published definition around one step: each outcome sets the variable "outcome" to its name, then ends.</summary>
public static class SingleStep
{
    public static string Definition(string definitionId, string type, JsonObject inputs, params string[] outcomes)
    {
        var activities = new JsonArray
        {
            new JsonObject { ["id"] = "start", ["type"] = "Core.Start" },
            new JsonObject { ["id"] = "step", ["type"] = type, ["inputs"] = inputs },
            new JsonObject { ["id"] = "end", ["type"] = "Core.End" },
        };
        var connections = new JsonArray { new JsonObject { ["from"] = "start", ["to"] = "step" } };
        foreach (var outcome in outcomes)
        {
            activities.Add(new JsonObject
            {
                ["id"] = "on" + outcome,
                ["type"] = "Core.SetVariable",
                ["inputs"] = new JsonObject { ["variable"] = "outcome", ["value"] = outcome },
            });
            connections.Add(new JsonObject { ["from"] = "step", ["outcome"] = outcome, ["to"] = "on" + outcome });
            connections.Add(new JsonObject { ["from"] = "on" + outcome, ["to"] = "end" });
        }

        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["version"] = 1,
            ["name"] = definitionId,
            ["effectiveFrom"] = "2024-01-01",
            ["status"] = "published",
            ["activities"] = activities,
            ["connections"] = connections,
        }.ToJsonString();
    }
}

/// <summary>A published definition running steps one after the other (each on its Done outcome), then ending.</summary>
public static class StepChain
{
    public static string Definition(string definitionId, params (string Id, string Type, JsonObject Inputs)[] steps)
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "start", ["type"] = "Core.Start" } };
        var connections = new JsonArray();
        var previous = "start";
        foreach (var (id, type, inputs) in steps)
        {
            activities.Add(new JsonObject { ["id"] = id, ["type"] = type, ["inputs"] = inputs });
            connections.Add(new JsonObject { ["from"] = previous, ["to"] = id });
            previous = id;
        }

        activities.Add(new JsonObject { ["id"] = "end", ["type"] = "Core.End" });
        connections.Add(new JsonObject { ["from"] = previous, ["to"] = "end" });
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["version"] = 1,
            ["name"] = definitionId,
            ["effectiveFrom"] = "2024-01-01",
            ["status"] = "published",
            ["activities"] = activities,
            ["connections"] = connections,
        }.ToJsonString();
    }
}

/// <summary>A published definition running steps one after the other, each on the outcome given with it, then ending.</summary>
public static class OutcomeChain
{
    public static string Definition(string definitionId, params (string Id, string Type, JsonObject Inputs, string Outcome)[] steps)
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "start", ["type"] = "Core.Start" } };
        var connections = new JsonArray();
        (string Id, string? Outcome) previous = ("start", null);
        foreach (var (id, type, inputs, outcome) in steps)
        {
            activities.Add(new JsonObject { ["id"] = id, ["type"] = type, ["inputs"] = inputs });
            connections.Add(Connection(previous, id));
            previous = (id, outcome);
        }

        activities.Add(new JsonObject { ["id"] = "end", ["type"] = "Core.End" });
        connections.Add(Connection(previous, "end"));
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["version"] = 1,
            ["name"] = definitionId,
            ["effectiveFrom"] = "2024-01-01",
            ["status"] = "published",
            ["activities"] = activities,
            ["connections"] = connections,
        }.ToJsonString();
    }

    private static JsonObject Connection((string Id, string? Outcome) from, string to)
    {
        var connection = new JsonObject { ["from"] = from.Id };
        if (from.Outcome is { } outcome)
        {
            connection["outcome"] = outcome;
        }

        connection["to"] = to;
        return connection;
    }
}
