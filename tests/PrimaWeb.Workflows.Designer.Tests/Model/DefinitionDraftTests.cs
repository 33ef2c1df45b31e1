using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Designer.Model;

namespace PrimaWeb.Workflows.Designer.Tests.Model;

public sealed class DefinitionDraftTests
{
    private const string Minimal = """
        {
          "definitionId": "sample",
          "version": 2,
          "name": "Sample",
          "unknownPart": { "kept": true },
          "variables": [],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "from": "start", "outcome": "Done", "to": "end" } ]
        }
        """;

    [Fact]
    public void RemoveActivity_WithConnections_RemovesItsConnectionsToo()
    {
        var draft = new DefinitionDraft(Minimal);

        draft.RemoveActivity("end");

        draft.Activities.Select(a => a.Id).ShouldBe(["start"]);
        draft.Connections.ShouldBeEmpty();
    }

    [Fact]
    public void Undo_AfterTwoChanges_GoesBackOneChangeAtATime()
    {
        var draft = new DefinitionDraft(Minimal);
        var added = draft.AddActivity("Wait", 1, "wait");
        draft.Connect("start", "Done", added);

        draft.Undo();

        draft.Activities.Select(a => a.Id).ShouldBe(["start", "end", "wait"]);
        draft.Connections.Single().To.ShouldBe("end");
        draft.Undo();
        draft.Activities.Select(a => a.Id).ShouldBe(["start", "end"]);
        draft.CanUndo.ShouldBeFalse();
    }

    [Fact]
    public void AddActivity_TakenId_NumbersTheNewOne()
    {
        var draft = new DefinitionDraft(Minimal);

        draft.AddActivity("End", 1, "end").ShouldBe("end2");
    }

    [Fact]
    public void ToJson_AfterAChange_KeepsWhatTheDesignerDoesNotShow()
    {
        var draft = new DefinitionDraft(Minimal);

        draft.SetInput("start", "note", JsonValue.Create("x"));

        var written = JsonNode.Parse(draft.ToJson())!;
        written["unknownPart"]!["kept"]!.GetValue<bool>().ShouldBeTrue();
        written["activities"]![0]!["inputs"]!["note"]!.GetValue<string>().ShouldBe("x");
    }
}
