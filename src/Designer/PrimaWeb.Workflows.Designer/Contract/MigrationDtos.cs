namespace PrimaWeb.Workflows.Designer.Contract;

/// <summary>
/// A migration as the analyst sets it up: the source and target versions, the instances (all running ones of the source
/// when <see cref="Instances"/> is empty, else those) and the explicit moves (an activity absent keeps its id).
/// </summary>
public sealed record MigrationRequestDto(string DefinitionId, int FromVersion, int ToVersion, IReadOnlyList<Guid>? Instances, IReadOnlyDictionary<string, string>? Mapping);

/// <summary>A running instance that may be migrated: when it started and where it waits.</summary>
public sealed record MigrationCandidateDto(Guid InstanceId, string? Tenant, string? CorrelationKey, DateTimeOffset StartedAt, string Status, IReadOnlyList<string> WaitingAt);

/// <summary>The dry run: for each instance whether it can move, its moves, or why not.</summary>
public sealed record MigrationDryRunDto(int Movable, int Blocked, IReadOnlyList<InstanceVerdictDto> Instances);

/// <summary>
/// One instance of a dry run: its moves (<c>from -> to</c>, or the id when it keeps it) or why not — <see cref="Reasons"/>
/// in English for developers, <see cref="Refusals"/> as codes the screens word.
/// </summary>
public sealed record InstanceVerdictDto(Guid InstanceId, bool CanMigrate, IReadOnlyList<string> Moves, IReadOnlyList<string> Reasons, IReadOnlyList<MigrationRefusalDto>? Refusals = null);

/// <summary>Why a position cannot move: <see cref="Code"/> is TargetMissing, ActivityChanged or JoinNotConnected; the steps by id.</summary>
public sealed record MigrationRefusalDto(string Code, string From, string To);

/// <summary>A batch and its progress: how many instances were moved, refused, are still pending, and each one's result.</summary>
public sealed record MigrationBatchDto(
    Guid Id,
    string DefinitionId,
    int FromVersion,
    int ToVersion,
    string Status,
    string? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    int Total,
    int Moved,
    int Refused,
    int Pending,
    IReadOnlyList<MigrationItemDto> Items);

/// <summary>One instance of a batch: pending, moved (with its moves) or refused (with why).</summary>
public sealed record MigrationItemDto(Guid InstanceId, string Status, string Detail, DateTimeOffset? At);
