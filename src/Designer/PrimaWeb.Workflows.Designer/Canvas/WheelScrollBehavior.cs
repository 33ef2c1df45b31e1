using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Events;

namespace PrimaWeb.Workflows.Designer.Canvas;

/// <summary>
/// The wheel scrolls the drawing (down and up; across with Shift) as a long page scrolls; with Ctrl it zooms. The
/// library's wheel zooms, which made reading a long version a matter of zooming out until nothing could be read.
/// </summary>
public sealed class WheelScrollBehavior : Behavior
{
    private readonly double _minimumZoom;
    private readonly double _maximumZoom;

    public WheelScrollBehavior(Diagram diagram, double minimumZoom, double maximumZoom)
        : base(diagram)
    {
        _minimumZoom = minimumZoom;
        _maximumZoom = maximumZoom;
        Diagram.Wheel += OnWheel;
    }

    public override void Dispose() => Diagram.Wheel -= OnWheel;

    private void OnWheel(WheelEventArgs e)
    {
        if (e.CtrlKey)
        {
            Diagram.SetZoom(Math.Clamp(Diagram.Zoom * (e.DeltaY > 0 ? 0.9 : 1.1), _minimumZoom, _maximumZoom));
        }
        else if (e.ShiftKey)
        {
            Diagram.UpdatePan(-(e.DeltaY + e.DeltaX), 0);
        }
        else
        {
            Diagram.UpdatePan(-e.DeltaX, -e.DeltaY);
        }
    }
}
