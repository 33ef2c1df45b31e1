using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Tests.Definitions;

public sealed class DefinitionReaderTests
{
    [Fact]
    public void Read_ValidDocument_ReadsEveryField()
    {
        var result = DefinitionReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "approval.json")));

        result.Errors.ShouldBeEmpty();
        var definition = result.Definition!;
        definition.DefinitionId.ShouldBe("approval");
        definition.Version.ShouldBe(1);
        definition.Description.ShouldBe("A social worker reviews the computed amount.");
        definition.EffectiveFrom.ShouldBe(new DateOnly(2026, 1, 1));
        definition.Status.ShouldBe(DefinitionStatus.Published);
        definition.Variables.Select(v => v.Name).ShouldBe(["amount", "caseId"]);
        definition.Activities.Count.ShouldBe(6);
        definition.Connections.ShouldContain(new Connection("decide", "True", "notify"));
        definition.Connections.ShouldContain(new Connection("start", "Done", "compute"));
    }

    [Fact]
    public void Read_CustomProperties_AreCarriedForTheHost_AndMustBeAnObject()
    {
        const string Shape = """
            { "definitionId": "x", "version": 1, "name": "x", "effectiveFrom": "2026-01-01", "customProperties": PROPERTIES,
              "activities": [ { "id": "start", "type": "Core.Start" } ] }
            """;

        var carried = DefinitionReader.Read(Shape.Replace("PROPERTIES", """{ "severalOpenPerCase": true }""", StringComparison.Ordinal));
        var refused = DefinitionReader.Read(Shape.Replace("PROPERTIES", "[1]", StringComparison.Ordinal));

        carried.Definition!.CustomProperties!["severalOpenPerCase"]!.GetValue<bool>().ShouldBeTrue();
        refused.Errors.ShouldHaveSingleItem().Path.ShouldBe("$.customProperties");
    }

    [Fact]
    public void Read_MissingAndIllTypedFields_ReportsEachWithItsPath()
    {
        var result = DefinitionReader.Read("""
            { "version": "one", "name": "x", "effectiveFrom": "01/02/2026", "status": "active",
              "activities": [ { "id": "a" }, 3 ], "connections": [ { "from": "a" } ] }
            """);

        result.Definition.ShouldBeNull();
        result.Errors.Select(e => (e.Code, e.Path)).ShouldBe([
            (DefinitionErrorCode.MissingField, "$.definitionId"),
            (DefinitionErrorCode.InvalidField, "$.version"),
            (DefinitionErrorCode.InvalidField, "$.effectiveFrom"),
            (DefinitionErrorCode.InvalidField, "$.status"),
            (DefinitionErrorCode.MissingField, "$.activities[0].type"),
            (DefinitionErrorCode.InvalidField, "$.activities[1]"),
            (DefinitionErrorCode.MissingField, "$.connections[0].to"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Read_NotJson_ReportsInvalidJson()
    {
        var result = DefinitionReader.Read("{ not json");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(DefinitionErrorCode.InvalidJson);
    }

    [Fact]
    public void ReadOrThrow_Invalid_ThrowsWithEveryError()
    {
        var error = Should.Throw<DefinitionException>(() => DefinitionReader.ReadOrThrow("""{ "name": "x" }"""));

        error.Errors.Count.ShouldBe(4);
    }
}
