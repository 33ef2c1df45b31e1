using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Variables;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Engine.Tests.Definitions;

/// <summary>
/// The committed JSON Schema (for the designer and editors) and the reader (for the engine) must describe one format:
/// the same required fields, the same known properties.
/// </summary>
public sealed class DefinitionSchemaTests
{
    private static readonly JsonObject Schema = (JsonObject)JsonNode.Parse(File.ReadAllText(Repository.PathTo("definitions", "schema", "workflow-definition.v1.schema.json")))!;

    [Fact]
    public void Schema_RequiredTopLevelFields_AreThoseTheReaderRequires()
    {
        var required = Schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var readerErrors = DefinitionReader.Read("{}").Errors.Where(e => e.Code == DefinitionErrorCode.MissingField).Select(e => e.Path[2..]).ToList();

        readerErrors.ShouldBe(required, ignoreOrder: true);
    }

    [Theory]
    [InlineData("activities", "id,type,version,displayName,inputs")]
    [InlineData("connections", "from,outcome,to")]
    [InlineData("variables", "name,type,default")]
    public void Schema_ItemProperties_AreThoseTheReaderReads(string collection, string properties)
    {
        var item = Schema["properties"]![collection]!["items"]!["properties"]!.AsObject();

        item.Select(p => p.Key).ShouldBe(properties.Split(','), ignoreOrder: true);
    }

    [Fact]
    public void Schema_Statuses_AreTheDefinitionStatuses()
    {
        var statuses = Schema["properties"]!["status"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        statuses.ShouldBe(Enum.GetNames<DefinitionStatus>().Select(n => n.ToLowerInvariant()));
    }

    [Fact]
    public void Schema_VariableTypes_AreThoseTheEngineKnows()
    {
        var types = Schema["properties"]!["variables"]!["items"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        types.ShouldBe(VariableTypes.KnownNames, ignoreOrder: true);
    }
}
