namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>
/// One stored definition version: <see cref="Status"/> is draft, published or retired; <see cref="Revision"/> is what a
/// save of a draft must name; <see cref="RunningInstances"/> counts the requests of every CPAS still running on it.
/// </summary>
public sealed record DefinitionSummaryDto(
    string Id,
    int Version,
    string Name,
    string Status,
    DateOnly EffectiveFrom,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? RetiredAt,
    int Revision,
    int RunningInstances);

/// <summary>The text of one version in the file form (definitions/&lt;id&gt;/v&lt;n&gt;.json) with its status and revision.</summary>
public sealed record DefinitionDocumentDto(string Id, int Version, string Status, int Revision, string Json);

/// <summary>Body of <c>POST /api/workflow/definitions/{id}/drafts</c>: the version the draft starts from.</summary>
public sealed record CreateDraftDto(int FromVersion);

/// <summary>A draft made or saved: its version and the revision the next save must name.</summary>
public sealed record DraftDto(int Version, int Revision);

/// <summary>Body of <c>POST …/versions/{version}/publish</c>: the legal date from which new requests use the version (today or later).</summary>
public sealed record PublishDto(DateOnly EffectiveFrom);

/// <summary>
/// One error of a definition: the engine's <see cref="Code"/> (worded by the screens in the user's language), the JSON
/// path it points at (<c>$.activities[3].inputs.dueIn</c>), the activity it concerns when the path names one, and the
/// engine's sentence (English, for developers).
/// </summary>
public sealed record DefinitionErrorDto(string Code, string Path, string? ActivityId, string? Input, string Message);

/// <summary>The errors of a version; empty when it is valid.</summary>
public sealed record ValidationDto(IReadOnlyList<DefinitionErrorDto> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>What changed from one version to another.</summary>
public sealed record ComparisonDto(
    string Id,
    int From,
    int To,
    IReadOnlyList<string> ActivitiesAdded,
    IReadOnlyList<string> ActivitiesRemoved,
    IReadOnlyList<ActivityChangeDto> ActivitiesChanged,
    IReadOnlyList<ConnectionDto> ConnectionsAdded,
    IReadOnlyList<ConnectionDto> ConnectionsRemoved,
    IReadOnlyList<string> VariablesAdded,
    IReadOnlyList<string> VariablesRemoved);

/// <summary>An activity of both versions that changed; the before/after pairs are null when that part did not change.</summary>
public sealed record ActivityChangeDto(string Id, string? TypeBefore, string? TypeAfter, string? NameBefore, string? NameAfter, IReadOnlyList<InputChangeDto> Inputs);

/// <summary>An input's JSON before and after (null when absent on that side).</summary>
public sealed record InputChangeDto(string Name, string? Before, string? After);

/// <summary>A connection: when <see cref="From"/> ends with <see cref="Outcome"/>, <see cref="To"/> runs.</summary>
public sealed record ConnectionDto(string From, string Outcome, string To);

/// <summary>One line of a definition's audit: who did what to which version, when.</summary>
public sealed record DefinitionEventDto(int Version, string Kind, string? Actor, DateTimeOffset At, string Detail);
