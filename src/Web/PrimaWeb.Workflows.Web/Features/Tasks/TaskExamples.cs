namespace PrimaWeb.Workflows.Web.Features.Tasks;

/// <summary>Example requests shown in the OpenAPI description.</summary>
internal static class TaskExamples
{
    public const string Claim = """
        { "expectedRevision": 1, "operationId": "8f0c2f7e-claim-1" }
        """;

    public const string Reassign = """
        { "expectedRevision": 2, "operationId": "8f0c2f7e-reassign-1", "assignee": "namur-social-worker" }
        """;

    public const string Complete = """
        {
          "expectedRevision": 2,
          "operationId": "8f0c2f7e-complete-1",
          "payload": { "outcome": "Grant", "report": "Isolated person without resources since September.", "monthlyAmount": 1304.27 }
        }
        """;
}
