using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Web.Tests.Features.Calculations;

public sealed class CalculationStartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("primaweb-reference-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Start_InvalidReferenceData_FailsNamingFileRowAndField()
    {
        File.WriteAllText(Path.Combine(folder, "ris.json"), """
            { "format": "primaweb-reference/1", "tables": [ { "id": "ris.generalExemption", "rows": [
              { "from": "2025-02-01", "values": { "category1Yearly": -155 }, "source": "test" } ] } ] }
            """);
        using var factory = new PrimaWebFactory { Demo = false, Settings = new Dictionary<string, string?> { ["Calculations:ReferenceDataPath"] = folder } };

        var exception = Should.Throw<ReferenceDataException>(() => factory.CreateClient());

        exception.Errors.ShouldContain(e => e.File == "definitions/reference/ris.json" && e.Row == 1 && e.Field == "category1Yearly");
    }

    [Fact]
    public void Start_MissingReferenceFolder_FailsNamingTheFolder()
    {
        using var factory = new PrimaWebFactory { Demo = false, Settings = new Dictionary<string, string?> { ["Calculations:ReferenceDataPath"] = Path.Combine(folder, "absent") } };

        Should.Throw<DirectoryNotFoundException>(() => factory.CreateClient()).Message.ShouldContain("absent");
    }
}
