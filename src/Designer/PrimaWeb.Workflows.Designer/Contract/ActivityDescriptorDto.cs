namespace PrimaWeb.Workflows.Designer.Contract;

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
    IReadOnlyList<string> Writes);
