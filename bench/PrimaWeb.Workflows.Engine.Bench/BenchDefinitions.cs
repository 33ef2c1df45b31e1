namespace PrimaWeb.Workflows.Engine.Bench;

/// <summary>The shapes measured: WorkflowCore's published 3-step scenario, and a 10-activity request with one human task.</summary>
internal static class BenchDefinitions
{
    public const string ThreeSteps = """
        { "definitionId": "three-steps", "version": 1, "name": "Compute, branch, write", "effectiveFrom": "2020-01-01", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "compute", "type": "Core.SetVariable", "inputs": { "variable": "n", "value": { "expression": "seed | times: 7 | modulo: 100" } } },
            { "id": "branch", "type": "Core.Decision", "inputs": { "condition": "n >= 50" } },
            { "id": "high", "type": "Core.SetVariable", "inputs": { "variable": "result", "value": "high" } },
            { "id": "low", "type": "Core.SetVariable", "inputs": { "variable": "result", "value": "low" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "compute" }, { "from": "compute", "to": "branch" },
            { "from": "branch", "outcome": "True", "to": "high" }, { "from": "branch", "outcome": "False", "to": "low" },
            { "from": "high", "to": "end" }, { "from": "low", "to": "end" } ] }
        """;

    public const string TenActivities = """
        { "definitionId": "ten-activities", "version": 1, "name": "Request with one task", "effectiveFrom": "2020-01-01", "status": "published",
          "activities": [
            { "id": "start", "type": "Core.Start" },
            { "id": "s1", "type": "Core.SetVariable", "inputs": { "variable": "a", "value": { "expression": "seed | plus: 1" } } },
            { "id": "s2", "type": "Core.SetVariable", "inputs": { "variable": "b", "value": { "expression": "a | times: 2" } } },
            { "id": "s3", "type": "Core.SetVariable", "inputs": { "variable": "c", "value": { "expression": "b | minus: 3" } } },
            { "id": "s4", "type": "Core.SetVariable", "inputs": { "variable": "title", "value": { "template": "Review {{ c }}" } } },
            { "id": "task", "type": "Core.HumanTask", "inputs": { "taskType": "review", "title": { "expression": "title" }, "candidateTeam": "social", "dueIn": "P10D", "resultVariable": "review" } },
            { "id": "s5", "type": "Core.SetVariable", "inputs": { "variable": "d", "value": { "expression": "c | plus: 5" } } },
            { "id": "s6", "type": "Core.SetVariable", "inputs": { "variable": "e", "value": { "expression": "d | times: 3" } } },
            { "id": "decide", "type": "Core.Decision", "inputs": { "condition": "e > 10" } },
            { "id": "end", "type": "Core.End" } ],
          "connections": [ { "from": "start", "to": "s1" }, { "from": "s1", "to": "s2" }, { "from": "s2", "to": "s3" }, { "from": "s3", "to": "s4" },
            { "from": "s4", "to": "task" }, { "from": "task", "to": "s5" }, { "from": "s5", "to": "s6" }, { "from": "s6", "to": "decide" },
            { "from": "decide", "outcome": "True", "to": "end" }, { "from": "decide", "outcome": "False", "to": "end" } ] }
        """;
}
