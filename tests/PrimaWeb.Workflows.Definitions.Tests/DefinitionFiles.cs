using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>Every workflow definition of the repository: definitions/&lt;request-type&gt;/v&lt;version&gt;.json.</summary>
internal static class DefinitionFiles
{
    public static string Folder => Repository.PathTo("definitions");

    /// <summary>Paths relative to definitions/, e.g. dis/v1.json.</summary>
    public static IEnumerable<string> All() =>
        Directory.GetDirectories(Folder)
            .SelectMany(d => Directory.GetFiles(d, "v*.json"))
            .Select(p => Path.GetRelativePath(Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (var file in All())
        {
            data.Add(file);
        }

        return data;
    }
}
