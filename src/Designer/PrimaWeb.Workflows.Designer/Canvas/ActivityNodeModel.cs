using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;

namespace PrimaWeb.Workflows.Designer.Canvas;

/// <summary>An activity drawn on the canvas: its id, its type's name in the user's language, and its errors.</summary>
public sealed class ActivityNodeModel(string activityId, Point position) : NodeModel(activityId, position)
{
    public string ActivityId { get; } = activityId;

    public string TypeName { get; init; } = "";

    public string Category { get; init; } = "";

    public bool Blocking { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];
}
