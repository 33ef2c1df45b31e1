namespace PrimaWeb.Workflows.Engine.Versioning;

/// <summary>
/// The audit of the definitions: who did what to which version, when. Written in the same commit as the change it
/// records (a draft made, a publication, a retirement, a migration started), never changed afterwards.
/// </summary>
public sealed class DefinitionEvent
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }

    public DefinitionEventKind Kind { get; set; }

    /// <summary>The user's name, or null for the application itself (the start-up import of the files).</summary>
    public string? Actor { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What, in a few words (the effective date published, the versions and instances of a migration).</summary>
    public string Detail { get; set; } = "";
}

/// <summary>What a <see cref="DefinitionEvent"/> records.</summary>
public enum DefinitionEventKind
{
    Imported = 0,
    DraftCreated = 1,
    Published = 2,
    Retired = 3,
    MigrationStarted = 4,
    MigrationFinished = 5,
}
