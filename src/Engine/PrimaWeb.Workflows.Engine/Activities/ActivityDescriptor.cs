using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Engine.Activities.Inputs;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// Everything known about an activity type without running it: built from the class's attributes and its input record,
/// served to the designer, used by the validator. <see cref="LocalizedDescription"/> is keyed by culture ("fr", "nl").
/// </summary>
public sealed record ActivityDescriptor(
    string Type,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyDictionary<string, string> LocalizedDescription,
    IReadOnlyList<ActivityInputDescriptor> Inputs,
    IReadOnlyList<string> Outcomes,
    bool Blocking,
    bool Forks,
    RetryPolicy Retry,
    [property: JsonIgnore] Type ClrType)
{
    /// <summary>The input record the activity receives (<see cref="NoInputs"/> when it takes none).</summary>
    [JsonIgnore]
    public required Type InputType { get; init; }

    /// <summary>The workflow variables the activity reads and writes (<see cref="IActivity.Variables"/>).</summary>
    [JsonIgnore]
    public VariableAccess Variables { get; init; } = VariableAccess.None;

    // Set by ActivityDescriptorFactory, the only place descriptors are built from a class.
    [JsonIgnore]
    internal ActivityInputModel InputModel { get; init; } = null!;

    [JsonIgnore]
    internal ActivityInvoker Invoker { get; init; } = null!;

    /// <summary>Finds an input by name, or null.</summary>
    public ActivityInputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
}
