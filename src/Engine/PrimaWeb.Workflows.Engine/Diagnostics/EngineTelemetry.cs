using System.Diagnostics;

namespace PrimaWeb.Workflows.Engine.Diagnostics;

/// <summary>
/// The names under which the engine traces and measures. Tags carry ids of definitions and activities, never a person's
/// data: whatever identifies someone stays in the database, where its reading is audited.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The activity source and the meter.</summary>
    public const string Name = "PrimaWeb.Workflows.Engine";

    public const string DefinitionTag = "workflow.definition";

    public const string VersionTag = "workflow.version";

    public const string InstanceTag = "workflow.instance";

    public const string ActivityTag = "workflow.activity";

    public const string ActivityTypeTag = "workflow.activity_type";

    public const string OutcomeTag = "workflow.burst.outcome";

    internal static readonly ActivitySource Source = new(Name);
}
