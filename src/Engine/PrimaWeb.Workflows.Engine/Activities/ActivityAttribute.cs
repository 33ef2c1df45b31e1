namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// Declares an activity class: its stable dotted type name and version as written in JSON (never the CLR name, so a
/// rename never breaks a stored definition), and how the designer shows it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, int version) : Attribute
{
    public string Type { get; } = type;

    public int Version { get; } = version;

    public string Category { get; set; } = "General";

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public string? DescriptionFr { get; set; }

    public string? DescriptionNl { get; set; }

    /// <summary>True when the activity waits on a bookmark (task, timer, signal): a loop must contain one.</summary>
    public bool Blocking { get; set; }

    /// <summary>True when several connections may leave one outcome; all of them are followed in parallel.</summary>
    public bool Forks { get; set; }
}
