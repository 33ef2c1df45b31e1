namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>Published definitions never change (ADR 0105): the repository's files match their pins, and the check catches each way to break that.</summary>
public sealed class PublishedDefinitionPinsTests : IDisposable
{
    private const string Published = """{ "definitionId": "demo", "version": 1, "status": "published", "activities": [] }""";
    private readonly string _folder = Directory.CreateTempSubdirectory("primaweb-pins-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_RepositoryDefinitions_EveryPublishedFileMatchesItsPin()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("PRIMAWEB_PIN_DEFINITIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            PublishedDefinitionPins.PinNew(DefinitionFiles.Folder);
        }

        var problems = PublishedDefinitionPins.Check(DefinitionFiles.Folder);

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
        PublishedDefinitionPins.PublishedFiles(DefinitionFiles.Folder).ShouldContain("dis/v1.json");
    }

    [Fact]
    public void Check_PinnedFileEdited_SaysMakeANewVersion()
    {
        Write("demo/v1.json", Published);
        PublishedDefinitionPins.PinNew(_folder);
        Write("demo/v1.json", Published.Replace("\"activities\": []", "\"activities\": [ ]", StringComparison.Ordinal));

        var problem = PublishedDefinitionPins.Check(_folder).ShouldHaveSingleItem();

        problem.ShouldStartWith("definitions/demo/v1.json was edited after it was published");
        problem.ShouldContain("make a new version instead — definitions/demo/v2.json");
    }

    [Fact]
    public void Check_PublishedFileNotPinned_SaysToPinIt()
    {
        Write("demo/v1.json", Published);

        PublishedDefinitionPins.Check(_folder).ShouldHaveSingleItem().ShouldStartWith("definitions/demo/v1.json is published but not pinned");
    }

    [Fact]
    public void Check_DraftNotPinned_IsNoProblem()
    {
        Write("demo/v2.json", Published.Replace("published", "draft", StringComparison.Ordinal));

        PublishedDefinitionPins.Check(_folder).ShouldBeEmpty();
    }

    [Fact]
    public void Check_PinnedFileDeleted_SaysItIsGone()
    {
        Write("demo/v1.json", Published);
        PublishedDefinitionPins.PinNew(_folder);
        File.Delete(Path.Combine(_folder, "demo", "v1.json"));

        PublishedDefinitionPins.Check(_folder).ShouldHaveSingleItem().ShouldStartWith("definitions/demo/v1.json is pinned as published but is gone");
    }

    [Fact]
    public void PinNew_EditedPinnedFile_KeepsItsOldPinAndAddsOnlyTheNewFile()
    {
        Write("demo/v1.json", Published);
        PublishedDefinitionPins.PinNew(_folder);
        var pinned = File.ReadAllText(Path.Combine(_folder, PublishedDefinitionPins.ManifestName));
        Write("demo/v1.json", Published + " ");
        Write("demo/v2.json", Published.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));

        PublishedDefinitionPins.PinNew(_folder);

        File.ReadAllText(Path.Combine(_folder, PublishedDefinitionPins.ManifestName)).ShouldStartWith(pinned);
        PublishedDefinitionPins.Check(_folder).ShouldHaveSingleItem().ShouldStartWith("definitions/demo/v1.json was edited");
    }

    private void Write(string file, string json)
    {
        var path = Path.Combine(_folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }
}
