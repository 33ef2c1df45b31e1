using PrimaWeb.Workflows.Engine.Definitions;

namespace PrimaWeb.Workflows.Engine.Versioning;

/// <summary>
/// A definition version as stored: its JSON text and its status. Once published the JSON never changes; the status
/// column (not the JSON's) is authoritative, so retiring never edits the document.
/// </summary>
public sealed class StoredDefinition
{
    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }

    public DefinitionStatus Status { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string Json { get; set; } = "";

    public DateTimeOffset SavedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>Counts the saves of a draft: a save that names another revision than the stored one is refused as stale.</summary>
    public int Revision { get; set; }
}
