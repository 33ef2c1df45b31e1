namespace PrimaWeb.Workflows.Web.Features.Requests;

/// <summary>Example requests shown in the OpenAPI description.</summary>
internal static class RequestExamples
{
    public const string File = """
        { "type": "Dis", "receivedOn": "2026-11-20" }
        """;
}
