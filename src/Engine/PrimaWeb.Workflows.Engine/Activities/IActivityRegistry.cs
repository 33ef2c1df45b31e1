namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>The activity types registered through DI, by JSON type name and version.</summary>
public interface IActivityRegistry
{
    /// <summary>Every registered descriptor, sorted by category then type.</summary>
    IReadOnlyList<ActivityDescriptor> List();

    /// <summary>The descriptor of one type and version, or null.</summary>
    ActivityDescriptor? Find(string type, int version);
}
