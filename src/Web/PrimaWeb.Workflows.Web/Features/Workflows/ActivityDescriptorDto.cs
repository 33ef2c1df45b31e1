using PrimaWeb.Workflows.Engine.Activities;

namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>
/// An activity type as the designer sees it: its stable JSON name and version, where it sits in the palette, its
/// inputs and outcomes, whether it waits (blocking) and whether its outcomes all run in parallel (forks).
/// </summary>
public sealed record ActivityDescriptorDto(
    string Type,
    int Version,
    string Category,
    string DisplayName,
    LocalizedTextDto Description,
    IReadOnlyList<ActivityInputDto> Inputs,
    IReadOnlyList<string> Outcomes,
    bool Blocking,
    bool Forks,
    int MaxAttempts)
{
    internal static ActivityDescriptorDto From(ActivityDescriptor descriptor) => new(
        descriptor.Type,
        descriptor.Version,
        descriptor.Category,
        descriptor.DisplayName,
        LocalizedTextDto.From(descriptor.Description, descriptor.LocalizedDescription),
        [.. descriptor.Inputs.Select(input => new ActivityInputDto(
            input.Name,
            input.Type.ToString(),
            input.Required,
            input.DefaultValue?.DeepClone(),
            LocalizedTextDto.From(input.Help, input.LocalizedHelp),
            input.Journaled))],
        descriptor.Outcomes,
        descriptor.Blocking,
        descriptor.Forks,
        descriptor.Retry.MaxAttempts);
}
