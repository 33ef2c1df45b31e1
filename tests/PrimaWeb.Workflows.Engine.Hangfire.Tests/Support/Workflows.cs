namespace PrimaWeb.Workflows.Engine.Hangfire.Tests.Support;

/// <summary>Definitions used by the Hangfire tests.</summary>
public static class Workflows
{
    public const string OneHourTimer = """
        { "definitionId": "deadline", "version": 1, "name": "Deadline", "effectiveFrom": "2026-01-01", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "wait", "type": "Core.Timer", "inputs": { "duration": "PT1H" } },
            { "id": "expired", "type": "Test.RecordVisit", "inputs": { "label": "expired" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "expired" }, { "from": "expired", "to": "end" } ] }
        """;

    public const string TimerThenNotice = """
        { "definitionId": "notice", "version": 1, "name": "Notice", "effectiveFrom": "2026-01-01", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "wait", "type": "Core.Timer", "inputs": { "duration": "PT0S" } },
            { "id": "notify", "type": "Test.SendNotice" },
            { "id": "visit", "type": "Test.RecordVisit", "inputs": { "label": "done" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "notify" }, { "from": "notify", "to": "visit" }, { "from": "visit", "to": "end" } ] }
        """;
}
