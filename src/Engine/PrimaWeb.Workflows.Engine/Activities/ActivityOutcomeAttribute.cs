namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Declares one outcome an activity can complete with; connections leave from outcomes.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityOutcomeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
