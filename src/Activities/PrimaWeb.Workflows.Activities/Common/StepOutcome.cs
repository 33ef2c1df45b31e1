using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Activities.Common;

/// <summary>The payload a handler signals back to a waiting step: an outcome and, for a refusal, the message to show.</summary>
public static class StepOutcome
{
    public const string Done = "Done";
    public const string Refused = "Refused";

    public static JsonObject Payload(string outcome, string? message = null) => new() { ["outcome"] = outcome, ["message"] = message };

    public static string OutcomeOf(JsonNode? payload, string fallback = Done) =>
        payload?["outcome"]?.GetValue<string>() is { Length: > 0 } outcome ? outcome : fallback;

    public static string? MessageOf(JsonNode? payload) => payload?["message"]?.GetValue<string>();
}
