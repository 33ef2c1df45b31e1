namespace PrimaWeb.Workflows.Designer.Canvas;

/// <summary>
/// The first view of a version on the canvas: the drawing fitted to the canvas's width, but never smaller than
/// <see cref="ReadableZoom"/> (a step's label stays legible), from the top, centred across; what does not fit is reached
/// by scrolling (the wheel pans). Fitting the whole of dis to the screen shrank its labels to a few pixels.
/// </summary>
public static class CanvasView
{
    /// <summary>The smallest zoom at which a step's label (0.9 rem on a 220-unit node) still reads as text.</summary>
    public const double ReadableZoom = 0.8;

    /// <summary>The largest zoom of the first view: a small version is shown at its natural size, not blown up.</summary>
    public const double NaturalZoom = 1;

    public const double Margin = 24;

    /// <summary>The zoom and pan (canvas pixels) that show a drawing of <paramref name="drawingWidth"/> on a canvas.</summary>
    public static (double Zoom, double PanX, double PanY) Initial(double drawingWidth, double canvasWidth)
    {
        var fitted = drawingWidth <= 0 ? NaturalZoom : (canvasWidth - (2 * Margin)) / drawingWidth;
        var zoom = Math.Clamp(fitted, ReadableZoom, NaturalZoom);
        var panX = (canvasWidth - (drawingWidth * zoom)) / 2;
        return (zoom, panX, Margin);
    }

    /// <summary>The width of a laid-out drawing, in canvas units.</summary>
    public static double WidthOf(IReadOnlyDictionary<string, (double X, double Y)> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        return positions.Count == 0 ? 0 : positions.Values.Max(p => p.X) - positions.Values.Min(p => p.X) + DefinitionLayout.NodeWidth;
    }
}
