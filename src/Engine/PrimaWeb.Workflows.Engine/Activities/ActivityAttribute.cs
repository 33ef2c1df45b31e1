namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// Declares an activity class: its stable dotted type name and version as written in JSON (never the CLR name, so a
/// rename never breaks a stored definition), and how the designer groups it. Its texts for users (name, description,
/// input help, outcomes) are the host's, found by the keys of <see cref="ActivityDescriptor"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type, int version) : Attribute
{
    public string Type { get; } = type;

    public int Version { get; } = version;

    public string Category { get; set; } = "General";

    /// <summary>The developers' name of the activity (logs, journal); users read the host's text of <see cref="ActivityDescriptor.NameKey"/>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>True when the activity waits on a bookmark (task, timer, signal): a loop must contain one.</summary>
    public bool Blocking { get; set; }

    /// <summary>True when several connections may leave one outcome; all of them are followed in parallel.</summary>
    public bool Forks { get; set; }
}
