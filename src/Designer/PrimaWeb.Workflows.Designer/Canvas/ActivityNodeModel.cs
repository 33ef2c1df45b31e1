using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace PrimaWeb.Workflows.Designer.Canvas;

/// <summary>A step drawn on the canvas: its id, its label and kind in the user's language (<see cref="StepLabel"/>), and its errors.</summary>
public sealed class ActivityNodeModel(string activityId, Point position) : NodeModel(activityId, position)
{
    public string ActivityId { get; } = activityId;

    public string Label { get; init; } = "";

    public string Kind { get; init; } = "";

    public bool Blocking { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Cut off by an error elsewhere (a connection removed before it), not wrong itself.</summary>
    public bool Unreachable { get; init; }
}
