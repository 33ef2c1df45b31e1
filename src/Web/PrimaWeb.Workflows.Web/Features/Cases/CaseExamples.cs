namespace PrimaWeb.Workflows.Web.Features.Cases;

/// <summary>Example requests shown in the OpenAPI description.</summary>
internal static class CaseExamples
{
    public const string Open = """
        { "niss": "85.07.30-033.28", "openedOn": "2026-11-27" }
        """;

    public const string DeFacto = """
        {
          "members": [
            { "personId": "0193a5b0-0000-7000-8000-000000000001", "relation": "MainPerson", "from": "2026-09-01" },
            { "niss": "05.06.12-011.96", "relation": "Child", "from": "2026-09-01" }
          ]
        }
        """;
}
