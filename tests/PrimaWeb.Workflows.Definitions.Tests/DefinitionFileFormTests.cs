using System.Text;
using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Definitions.Tests;

/// <summary>
/// The files are the written form of <see cref="DefinitionJson"/>: a version exported from the designer is byte for byte
/// what the repository keeps, and the start-up import finds it unchanged.
/// </summary>
public sealed class DefinitionFileFormTests
{
    [Theory]
    [InlineData("dis/v1.json")]
    [InlineData("equivalent-ris/v1.json")]
    public void Write_OfAPublishedFileReadBack_GivesTheSameBytes(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(DefinitionFiles.Folder, file));

        var written = DefinitionJson.Write(DefinitionReader.ReadOrThrow(Encoding.UTF8.GetString(bytes)));

        Encoding.UTF8.GetBytes(written).ShouldBe(bytes);
    }
}
