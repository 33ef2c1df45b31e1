using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Engine.Activities.Inputs;
using PrimaWeb.Workflows.Engine.Variables;

namespace PrimaWeb.Workflows.Engine.Activities;

/// <summary>
/// Everything known about an activity type without running it: built from the class's attributes and its input record,
/// served to the designer, used by the validator. The engine holds no text for users: the host words the activity from
/// the stable keys <see cref="NameKey"/>, <see cref="DescriptionKey"/>, <see cref="OutcomeKeys"/> and each input's
/// <see cref="ActivityInputDescriptor.HelpKey"/>, in its users' languages.
/// </summary>
public sealed record ActivityDescriptor(
    string Type,
    int Version,
    string Category,
    string DisplayName,
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

    /// <summary>The key of the activity's name, e.g. <c>Activity.Bcss.WatchIntegration.Name</c>.</summary>
    public string NameKey => $"Activity.{Type}.Name";

    /// <summary>The key of what the activity does, e.g. <c>Activity.Bcss.WatchIntegration.Description</c>.</summary>
    public string DescriptionKey => $"Activity.{Type}.Description";

    /// <summary>
    /// The keys of an outcome's text, the first that the host has wins: the activity's own
    /// (<c>Activity.Bcss.WatchIntegration.Outcome.Expired</c>), then the shared one (<c>Outcome.Done</c>).
    /// </summary>
    public IReadOnlyList<string> OutcomeKeys(string outcome) => [$"Activity.{Type}.Outcome.{outcome}", $"Outcome.{outcome}"];

    /// <summary>Finds an input by name, or null.</summary>
    public ActivityInputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
}
