using PrimaWeb.Workflows.Designer.Canvas;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Designer.Tests.Canvas;

public sealed class CanvasViewTests
{
    [Fact]
    public void Initial_DrawingWiderThanTheCanvas_StaysReadableAndCentredFromTheTop()
    {
        // dis is five steps wide at its widest: fitted to a 700-pixel canvas it would shrink below legibility.
        var width = (5 * DefinitionLayout.NodeWidth) + (4 * DefinitionLayout.ColumnGap);

        var (zoom, panX, panY) = CanvasView.Initial(width, 700);

        zoom.ShouldBe(CanvasView.ReadableZoom);
        panX.ShouldBe((700 - (width * zoom)) / 2);
        panY.ShouldBe(CanvasView.Margin);
    }

    [Fact]
    public void Initial_NarrowDrawing_KeepsItsNaturalSizeRatherThanBlowingItUp()
    {
        var (zoom, panX, _) = CanvasView.Initial(DefinitionLayout.NodeWidth, 1000);

        zoom.ShouldBe(CanvasView.NaturalZoom);
        panX.ShouldBe((1000 - DefinitionLayout.NodeWidth) / 2);
    }

    [Fact]
    public void Initial_DrawingSlightlyWider_FitsTheWidth()
    {
        var (zoom, _, _) = CanvasView.Initial(1000, 948);

        zoom.ShouldBe(0.9, 1e-9);
    }

    [Theory]
    [InlineData("dis", 1)]
    [InlineData("dis", 2)]
    public void Initial_PublishedDis_IsNeverSmallerThanReadable(string id, int version)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repository.PathTo($"definitions/{id}/v{version}.json")))!.AsObject();
        var activities = document["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToList();
        var connections = document["connections"]!.AsArray().Select(c => ((string)c!["from"]!, (string)c!["to"]!)).ToList();
        var positions = DefinitionLayout.Compute(activities, connections);

        var (zoom, _, _) = CanvasView.Initial(CanvasView.WidthOf(positions), 480);

        zoom.ShouldBeGreaterThanOrEqualTo(CanvasView.ReadableZoom);
        (DefinitionLayout.NodeWidth * zoom).ShouldBeGreaterThanOrEqualTo(176, "a step keeps at least 176 pixels for its label");
    }
}
