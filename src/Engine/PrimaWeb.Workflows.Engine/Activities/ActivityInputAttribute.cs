namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>Declares one input of an activity, with help texts for the designer in English, French and Dutch.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityInputAttribute(string name, ActivityInputType type) : Attribute
{
    public string Name { get; } = name;

    public ActivityInputType Type { get; } = type;

    public bool Required { get; set; }

    public string? Help { get; set; }

    public string? HelpFr { get; set; }

    public string? HelpNl { get; set; }

    /// <summary>The default value as JSON text (e.g. <c>"3"</c>, <c>"\"P30D\""</c>).</summary>
    public string? DefaultJson { get; set; }

    /// <summary>
    /// Copies the evaluated value into the journal. Off by default: the journal stays lean and free of personal data
    /// (register answers, incomes) unless the activity author opts in for a harmless input.
    /// </summary>
    public bool Journaled { get; set; }
}
