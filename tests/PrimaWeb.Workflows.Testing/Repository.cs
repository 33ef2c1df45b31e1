namespace PrimaWeb.Workflows.Testing;

/// <summary>
/// The checkout the tests run from: the folder holding <c>PrimaWeb.Workflows.sln</c>, found by walking up from the test
/// assembly. Tests read the repository's own files (definitions, reference data, docs) through it, never a copy.
/// </summary>
public static class Repository
{
    private const string SolutionFile = "PrimaWeb.Workflows.sln";

    private static readonly Lazy<string> FoundRoot = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => FoundRoot.Value;

    /// <summary>A path under the root, e.g. <c>PathTo("definitions", "dis", "v1.json")</c>.</summary>
    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"The repository root ({SolutionFile}) was not found above {AppContext.BaseDirectory}.");
    }
}
