using PrimaWeb.Workflows.Engine.Activities;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// An activity type as the designer sees it: its stable JSON name and version, where it sits in the palette, its name
/// and description in the caller's language (and in fr, nl, en), its inputs and outcomes, whether it waits (blocking)
/// and whether its outcomes all run in parallel (forks), and the workflow variables it reads and writes.
/// </summary>
public sealed record ActivityDescriptorDto(
    string Type,
    int Version,
    string Category,
    string DisplayName,
    LocalizedTextDto Name,
    LocalizedTextDto Description,
    IReadOnlyList<ActivityInputDto> Inputs,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<ActivityOutcomeDto> OutcomeTexts,
    bool Blocking,
    bool Forks,
    int MaxAttempts,
    IReadOnlyList<string> Reads,
    IReadOnlyList<string> Writes)
{
    internal static ActivityDescriptorDto From(ActivityDescriptor descriptor) => new(
        descriptor.Type,
        descriptor.Version,
        descriptor.Category,
        descriptor.DisplayName,
        ActivityWording.For(descriptor.NameKey),
        ActivityWording.For(descriptor.DescriptionKey),
        [.. descriptor.Inputs.Select(input => new ActivityInputDto(
            input.Name,
            input.Type.ToString(),
            input.Required,
            input.DefaultValue?.DeepClone(),
            ActivityWording.For(input.HelpKey),
            input.Journaled,
            input.Choices))],
        descriptor.Outcomes,
        [.. descriptor.Outcomes.Select(outcome => new ActivityOutcomeDto(outcome, ActivityWording.For(descriptor.OutcomeKeys(outcome))))],
        descriptor.Blocking,
        descriptor.Forks,
        descriptor.Retry.MaxAttempts,
        [.. descriptor.Variables.Reads.Select(v => v.Name)],
        [.. descriptor.Variables.Writes.Select(v => v.Name)]);
}
