using PrimaWeb.Workflows.Domain.Calculations.Reference;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Domain.Tests.Calculations;

/// <summary>The reference-data files of the repository (definitions/reference/*.json), read once for the tests.</summary>
public static class RepositoryReferenceData
{
    private static readonly Lazy<ReferenceDataSet> LazySet = new(() => ReferenceDataSet.Parse(Sources()));

    public static ReferenceDataSet Set => LazySet.Value;

    public static IReadOnlyList<ReferenceDataSource> Sources()
    {
        var folder = Repository.PathTo("definitions", "reference");
        return Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => new ReferenceDataSource("definitions/reference/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }
}
