namespace PrimaWeb.Workflows.Engine.Tests.Support;

/// <summary>Versions of one definition that differ by the label they record and the id of their waiting activity.</summary>
public static class VersionedDefinitions
{
    public static string Version(int version, string effectiveFrom, string status = "published", string waitId = "wait", string label = "") => $$"""
        { "definitionId": "aid", "version": {{version}}, "name": "Aid v{{version}}", "effectiveFrom": "{{effectiveFrom}}", "status": "{{status}}",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "{{waitId}}", "type": "Core.WaitForSignal", "inputs": { "signal": "go" } },
            { "id": "visit", "type": "Test.RecordVisit", "inputs": { "label": "{{(label.Length > 0 ? label : $"v{version}")}}" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "{{waitId}}" }, { "from": "{{waitId}}", "to": "visit" }, { "from": "visit", "to": "end" } ] }
        """;
}
