namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// What the input record's property types cannot say about one input: that a string is a role or a bool a Liquid
/// condition, its choices, its default as JSON, whether it goes into the journal, and a shared help key. Put it on the
/// record's property or positional parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class ActivityInputAttribute : Attribute
{
    /// <summary>Describes the input from its property alone.</summary>
    public ActivityInputAttribute()
    {
    }

    /// <summary>Gives the input a type its CLR type does not carry (<see cref="ActivityInputType.Role"/>, <see cref="ActivityInputType.Condition"/>).</summary>
    public ActivityInputAttribute(ActivityInputType type)
    {
        Type = type;
    }

    /// <summary>The declared type when given in the constructor; otherwise it follows the property's CLR type.</summary>
    public ActivityInputType? Type { get; }

    /// <summary>The default value as JSON text (e.g. <c>"3"</c>, <c>"\"P30D\""</c>), when a C# default cannot say it.</summary>
    public string? DefaultJson { get; set; }

    /// <summary>The values a text input accepts (compared ignoring case); the designer offers them.</summary>
    public string[]? Choices { get; set; }

    /// <summary>
    /// The resource key of the help text, for an input shared by several activities; by default
    /// <c>Activity.{type}.Input.{name}.Help</c>.
    /// </summary>
    public string? HelpKey { get; set; }

    /// <summary>
    /// Copies the evaluated value into the journal. Off by default: the journal stays lean and free of personal data
    /// (register answers, incomes) unless the activity author opts in for a harmless input.
    /// </summary>
    public bool Journaled { get; set; }
}
