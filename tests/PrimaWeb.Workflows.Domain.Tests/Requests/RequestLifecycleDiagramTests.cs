using PrimaWeb.Workflows.Domain.Requests;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Domain.Tests.Requests;

/// <summary>
/// Keeps docs/lifecycle.md in step with the machine. The test fails on a stale file; it rewrites the file only when
/// PRIMAWEB_UPDATE_DOCS=true, so CI never fixes the documentation silently.
/// </summary>
public class RequestLifecycleDiagramTests
{
    [Fact]
    public void ToMermaid_CommittedDiagram_IsUpToDate()
    {
        var path = Repository.PathTo("docs", "lifecycle.md");
        var expected = Document(RequestLifecycle.ToMermaid());

        if (string.Equals(Environment.GetEnvironmentVariable("PRIMAWEB_UPDATE_DOCS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests once with PRIMAWEB_UPDATE_DOCS=true.");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(
            expected, "docs/lifecycle.md is stale; run the domain tests with PRIMAWEB_UPDATE_DOCS=true and commit the file.");
    }

    [Fact]
    public void ToMermaid_Diagram_ShowsEveryStatus()
    {
        var diagram = RequestLifecycle.ToMermaid();

        foreach (var status in Enum.GetNames<RequestStatus>())
        {
            diagram.ShouldContain(status);
        }
    }

    private static string Document(string mermaid) =>
        "# Request lifecycle\n\n"
        + "Generated from `RequestLifecycle` (src/Domain/PrimaWeb.Workflows.Domain/Requests) by the test\n"
        + "`RequestLifecycleDiagramTests`; do not edit by hand. To refresh it after changing the machine, run\n"
        + "`PRIMAWEB_UPDATE_DOCS=true dotnet test tests/PrimaWeb.Workflows.Domain.Tests` and commit the result.\n"
        + "The choices behind the transitions are in docs/adr/0301-request-lifecycle.md.\n\n"
        + "```mermaid\n"
        + mermaid.ReplaceLineEndings("\n").TrimEnd('\n')
        + "\n```\n";
}
