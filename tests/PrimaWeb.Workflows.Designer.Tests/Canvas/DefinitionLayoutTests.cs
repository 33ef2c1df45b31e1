using System.Text.Json.Nodes;
using PrimaWeb.Workflows.Designer.Canvas;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Designer.Tests.Canvas;

public sealed class DefinitionLayoutTests
{
    [Fact]
    public void Compute_DisV1_PlacesNoTwoActivitiesOnEachOther()
    {
        var (activities, connections) = Graph("dis", 1);

        var positions = DefinitionLayout.Compute(activities, connections);

        positions.Keys.ShouldBe(activities, ignoreOrder: true);
        positions.Values.Distinct().Count().ShouldBe(activities.Count, "two activities on the same place hide one another");
    }

    [Fact]
    public void Compute_DisV1_DrawsEveryForwardConnectionDownwards()
    {
        var (activities, connections) = Graph("dis", 1);

        var positions = DefinitionLayout.Compute(activities, connections);

        // A connection back up is a loop (a correction sent back); every other one reads from top to bottom.
        var start = positions[activities[0]];
        start.Y.ShouldBe(0);
        connections.Count(c => positions[c.To].Y > positions[c.From].Y).ShouldBeGreaterThan(connections.Count * 3 / 4);
    }

    [Fact]
    public void Compute_Chain_StacksActivitiesOneLayerApart()
    {
        var positions = DefinitionLayout.Compute(["a", "b", "c"], [("a", "b"), ("b", "c")]);

        positions["a"].Y.ShouldBe(0);
        positions["b"].Y.ShouldBe(DefinitionLayout.NodeHeight + DefinitionLayout.RowGap);
        positions["c"].Y.ShouldBe(2 * (DefinitionLayout.NodeHeight + DefinitionLayout.RowGap));
        positions["b"].X.ShouldBe(positions["a"].X);
    }

    [Fact]
    public void Compute_Fork_PutsBranchesSideBySideInOneLayer()
    {
        var positions = DefinitionLayout.Compute(["start", "left", "right"], [("start", "left"), ("start", "right")]);

        positions["left"].Y.ShouldBe(positions["right"].Y);
        Math.Abs(positions["left"].X - positions["right"].X).ShouldBeGreaterThanOrEqualTo(DefinitionLayout.NodeWidth);
    }

    private static (List<string> Activities, List<(string From, string To)> Connections) Graph(string id, int version)
    {
        var document = JsonNode.Parse(File.ReadAllText(Repository.PathTo($"definitions/{id}/v{version}.json")))!.AsObject();
        var activities = document["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        var connections = document["connections"]!.AsArray().Select(c => ((string)c!["from"]!, (string)c!["to"]!)).ToList();
        return (activities, connections);
    }
}
