using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations;

/// <summary>The reference-data files of the repository (definitions/reference/*.json), read once for the tests.</summary>
public static class RepositoryReferenceData
{
    private static readonly Lazy<ReferenceDataSet> LazySet = new(() => ReferenceDataSet.Parse(Sources()));

    public static ReferenceDataSet Set => LazySet.Value;

    public static IReadOnlyList<ReferenceDataSource> Sources()
    {
        var folder = Path.Combine(RepositoryRoot(), "definitions", "reference");
        return Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new ReferenceDataSource("definitions/reference/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PrimaWeb.Workflows.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (PrimaWeb.Workflows.sln) was not found above the test folder.");
    }
}
