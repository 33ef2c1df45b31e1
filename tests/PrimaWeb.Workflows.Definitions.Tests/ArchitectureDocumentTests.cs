using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>
/// docs/architecture.md tells the truth: its project graph is the one the .csproj files declare, and it links every
/// ADR. (Here with the other checks of the repository's own files; it needs no project of the solution.)
/// </summary>
public sealed partial class ArchitectureDocumentTests
{
    private const string Prefix = "PrimaWeb.Workflows.";
    private static readonly string Document = File.ReadAllText(Repository.PathTo("docs", "architecture.md"));

    [Fact]
    public void ProjectGraph_OfTheDocument_IsTheReferencesOfTheProjectFiles()
    {
        var declared = ProjectFiles().ToDictionary(
            file => Name(file),
            file => XDocument.Load(file).Descendants("ProjectReference").Select(r => Name(r.Attribute("Include")!.Value)).ToHashSet());
        var (nodes, edges) = DocumentGraph();

        var expected = declared.SelectMany(p => p.Value.Select(target => $"{p.Key} --> {target}")).ToList();
        edges.ShouldBe(expected, ignoreOrder: true, "docs/architecture.md's project graph differs from the .csproj references: update its mermaid block.");
        nodes.ShouldBe(declared.Keys, ignoreOrder: true, "docs/architecture.md's project graph must name every project of src/ and bench/.");
    }

    [Fact]
    public void Projects_OfSrcBenchAndTests_EachHoldCode()
    {
        var projects = new[] { "src", "bench", "tests" }
            .SelectMany(folder => Directory.GetFiles(Repository.PathTo(folder), "*.csproj", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file));

        projects.Where(project => !Directory.EnumerateFiles(Path.GetDirectoryName(project)!, "*.*", SearchOption.AllDirectories)
                .Any(file => !IsBuildOutput(file) && (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))))
            .Select(Path.GetFileName)
            .ShouldBeEmpty("an empty project promises what the tree does not hold: remove it until its first code lands");
    }

    [Fact]
    public void Decisions_EveryAdr_IsLinked()
    {
        var adrs = Directory.GetFiles(Repository.PathTo("docs", "adr"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        adrs.ShouldNotBeEmpty();
        adrs.Where(adr => !Document.Contains($"(adr/{adr})", StringComparison.Ordinal)).ShouldBeEmpty("docs/architecture.md must link every ADR");
    }

    private static IEnumerable<string> ProjectFiles() =>
        new[] { "src", "bench" }.SelectMany(folder => Directory.GetFiles(Repository.PathTo(folder), "*.csproj", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file));

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "obj" or "bin");

    private static string Name(string projectPath) => Path.GetFileNameWithoutExtension(projectPath.Replace('\\', '/'))[Prefix.Length..];

    private static (HashSet<string> Nodes, List<string> Edges) DocumentGraph()
    {
        var block = Document[Document.IndexOf("<!-- project-graph -->", StringComparison.Ordinal)..Document.IndexOf("<!-- /project-graph -->", StringComparison.Ordinal)];
        var labels = Label().Matches(block).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["name"].Value);
        string NameOf(string id) => labels.GetValueOrDefault(id, id);
        var edges = Edge().Matches(block).Select(m => $"{NameOf(m.Groups["from"].Value)} --> {NameOf(m.Groups["to"].Value)}").ToList();
        var nodes = edges.SelectMany(e => e.Split(" --> ")).Concat(labels.Values).Concat(Alone().Matches(block).Select(m => m.Groups["id"].Value)).ToHashSet();
        return (nodes, edges);
    }

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Edge();

    // A label names the project; anything after a space (e.g. "(bench/)") is a note for the reader.
    [GeneratedRegex("""^\s*(?<id>\w+)\["(?<name>[\w.]+)[^"]*"\]\s*$""", RegexOptions.Multiline)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s{2}(?<id>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Alone();
}
