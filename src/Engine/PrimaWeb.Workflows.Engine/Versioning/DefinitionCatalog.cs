using PrimaWeb.Workflows.Engine.Definitions;
using PrimaWeb.Workflows.Engine.Persistence;

namespace PrimaWeb.Workflows.Engine.Versioning;

/// <summary>
/// Stores, publishes, retires and selects definition versions. A published version is immutable; a new request uses
/// the published version in force on its reception date; a retired version takes no new starts.
/// </summary>
public sealed class DefinitionCatalog(IWorkflowStore store, DefinitionValidator validator, DefinitionCache cache, TimeProvider clock)
{
    /// <summary>
    /// Validates and stores a definition with the status its JSON gives. Re-importing the same text is a no-op; changing
    /// a published or retired version is refused.
    /// </summary>
    public async Task<WorkflowDefinition> ImportAsync(string json, CancellationToken cancellationToken)
    {
        var definition = DefinitionReader.ReadOrThrow(json);
        validator.EnsureValid(definition);

        var existing = await store.FindDefinitionAsync(definition.DefinitionId, definition.Version, cancellationToken);
        if (existing is not null)
        {
            if (existing.Status != DefinitionStatus.Draft)
            {
                if (!string.Equals(existing.Json, json, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"{definition.DefinitionId} v{definition.Version} is {existing.Status.ToString().ToLowerInvariant()} and cannot change; publish a new version.");
                }

                return await GetAsync(definition.DefinitionId, definition.Version, cancellationToken);
            }

            existing.Json = json;
            existing.EffectiveFrom = definition.EffectiveFrom;
            existing.SavedAt = clock.GetUtcNow();
            if (definition.Status == DefinitionStatus.Published)
            {
                existing.Status = DefinitionStatus.Published;
                existing.PublishedAt = clock.GetUtcNow();
                Audit(definition.DefinitionId, definition.Version, DefinitionEventKind.Imported, null, $"published, in force from {definition.EffectiveFrom:yyyy-MM-dd}");
            }
        }
        else
        {
            if (definition.Status != DefinitionStatus.Draft)
            {
                Audit(definition.DefinitionId, definition.Version, DefinitionEventKind.Imported, null, $"{DefinitionJson.StatusName(definition.Status)}, in force from {definition.EffectiveFrom:yyyy-MM-dd}");
            }

            store.AddDefinition(new StoredDefinition
            {
                DefinitionId = definition.DefinitionId,
                Version = definition.Version,
                Status = definition.Status,
                EffectiveFrom = definition.EffectiveFrom,
                Json = json,
                SavedAt = clock.GetUtcNow(),
                PublishedAt = definition.Status == DefinitionStatus.Published ? clock.GetUtcNow() : null,
                RetiredAt = definition.Status == DefinitionStatus.Retired ? clock.GetUtcNow() : null,
            });
        }

        await store.SaveChangesAsync(cancellationToken);
        cache.Remove(definition.DefinitionId, definition.Version);
        return definition with { Status = definition.Status };
    }

    /// <summary>Publishes a draft after validating it again (activity types may have changed since it was saved).</summary>
    public Task PublishAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        PublishAsync(definitionId, version, null, null, cancellationToken);

    /// <summary>
    /// Publishes a draft, in force from <paramref name="effectiveFrom"/> (its own date when null), after validating it
    /// again. The stored text becomes the file form of the published version and never changes after; the publication
    /// is audited in the same commit.
    /// </summary>
    public async Task<WorkflowDefinition> PublishAsync(string definitionId, int version, DateOnly? effectiveFrom, string? actor, CancellationToken cancellationToken)
    {
        var stored = await FindOrThrowAsync(definitionId, version, cancellationToken);
        if (stored.Status != DefinitionStatus.Draft)
        {
            throw new DefinitionCatalogException(CatalogRefusal.WrongStatus, $"{definitionId} v{version} is already {DefinitionJson.StatusName(stored.Status)}.");
        }

        var draft = DefinitionReader.ReadOrThrow(stored.Json);
        var published = draft with { Status = DefinitionStatus.Published, EffectiveFrom = effectiveFrom ?? draft.EffectiveFrom };
        validator.EnsureValid(published);
        stored.Json = DefinitionJson.Write(published);
        stored.Status = DefinitionStatus.Published;
        stored.EffectiveFrom = published.EffectiveFrom;
        stored.PublishedAt = clock.GetUtcNow();
        Audit(definitionId, version, DefinitionEventKind.Published, actor, $"in force from {published.EffectiveFrom:yyyy-MM-dd}");
        await store.SaveChangesAsync(cancellationToken);
        cache.Remove(definitionId, version);
        return published;
    }

    /// <summary>Retires a published version: running instances go on, new starts are refused.</summary>
    public Task RetireAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        RetireAsync(definitionId, version, null, cancellationToken);

    /// <summary>As <see cref="RetireAsync(string, int, CancellationToken)"/>, audited under <paramref name="actor"/>.</summary>
    public async Task RetireAsync(string definitionId, int version, string? actor, CancellationToken cancellationToken)
    {
        var stored = await FindOrThrowAsync(definitionId, version, cancellationToken);
        if (stored.Status != DefinitionStatus.Published)
        {
            throw new DefinitionCatalogException(
                CatalogRefusal.WrongStatus, $"Only a published version can be retired; {definitionId} v{version} is {DefinitionJson.StatusName(stored.Status)}.");
        }

        stored.Status = DefinitionStatus.Retired;
        stored.RetiredAt = clock.GetUtcNow();
        Audit(definitionId, version, DefinitionEventKind.Retired, actor, "no new starts");
        await store.SaveChangesAsync(cancellationToken);
        cache.Remove(definitionId, version);
    }

    /// <summary>
    /// Makes a draft of the next version from <paramref name="fromVersion"/>: the same graph, numbered after the highest
    /// version stored, with status draft. Audited.
    /// </summary>
    public async Task<StoredDefinition> CreateDraftAsync(string definitionId, int fromVersion, string? actor, CancellationToken cancellationToken)
    {
        var source = await FindOrThrowAsync(definitionId, fromVersion, cancellationToken);
        var versions = await store.ListDefinitionsAsync(definitionId, cancellationToken);
        var next = versions.Max(v => v.Version) + 1;
        var draft = DefinitionReader.ReadOrThrow(source.Json) with { Version = next, Status = DefinitionStatus.Draft };
        var stored = new StoredDefinition
        {
            DefinitionId = definitionId,
            Version = next,
            Status = DefinitionStatus.Draft,
            EffectiveFrom = draft.EffectiveFrom,
            Json = DefinitionJson.Write(draft),
            SavedAt = clock.GetUtcNow(),
            Revision = 1,
        };
        store.AddDefinition(stored);
        Audit(definitionId, next, DefinitionEventKind.DraftCreated, actor, $"from v{fromVersion}");
        await store.SaveChangesAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Saves a draft's new text when <paramref name="expectedRevision"/> is the stored revision. The text must read (every
    /// shape error with its JSON path, <see cref="DefinitionException"/>) and name this definition and version; it need
    /// not pass the rules yet: a draft is where an analyst works, <see cref="DefinitionValidator"/> says what is left.
    /// Stored in the file form; returns the new revision.
    /// </summary>
    public async Task<StoredDefinition> SaveDraftAsync(string definitionId, int version, string json, int expectedRevision, CancellationToken cancellationToken)
    {
        var read = DefinitionReader.ReadOrThrow(json);
        var mismatch = new List<DefinitionError>();
        if (!string.Equals(read.DefinitionId, definitionId, StringComparison.Ordinal))
        {
            mismatch.Add(new DefinitionError(DefinitionErrorCode.InvalidField, "$.definitionId", $"The draft is {definitionId}; its definitionId cannot change."));
        }

        if (read.Version != version)
        {
            mismatch.Add(new DefinitionError(DefinitionErrorCode.InvalidField, "$.version", $"The draft is version {version}; its version cannot change."));
        }

        if (mismatch.Count > 0)
        {
            throw new DefinitionException(mismatch);
        }

        var stored = await FindOrThrowAsync(definitionId, version, cancellationToken);
        if (stored.Status != DefinitionStatus.Draft)
        {
            throw new DefinitionCatalogException(
                CatalogRefusal.WrongStatus, $"{definitionId} v{version} is {DefinitionJson.StatusName(stored.Status)}: its text never changes; make a draft of a new version.");
        }

        if (stored.Revision != expectedRevision)
        {
            throw new DefinitionCatalogException(
                CatalogRefusal.StaleRevision, $"{definitionId} v{version} was saved by someone else (revision {stored.Revision}, not {expectedRevision}); reload it.");
        }

        stored.Json = DefinitionJson.Write(read with { Status = DefinitionStatus.Draft });
        stored.EffectiveFrom = read.EffectiveFrom;
        stored.SavedAt = clock.GetUtcNow();
        stored.Revision++;
        await store.SaveChangesAsync(cancellationToken);
        return stored;
    }

    /// <summary>The stored row of one version (its text, status and revision), or null.</summary>
    public Task<StoredDefinition?> FindStoredAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        store.FindDefinitionAsync(definitionId, version, cancellationToken);

    /// <summary>The published version in force on <paramref name="date"/>: the latest effectiveFrom not after it.</summary>
    public async Task<WorkflowDefinition> SelectAsync(string definitionId, DateOnly date, CancellationToken cancellationToken) =>
        await FindInForceAsync(definitionId, date, cancellationToken)
            ?? throw new InvalidOperationException($"No published version of '{definitionId}' is in force on {date:yyyy-MM-dd}.");

    /// <summary>As <see cref="SelectAsync"/>, or null when no published version is in force on <paramref name="date"/>.</summary>
    public async Task<WorkflowDefinition?> FindInForceAsync(string definitionId, DateOnly date, CancellationToken cancellationToken)
    {
        var versions = await store.ListDefinitionsAsync(definitionId, cancellationToken);
        var chosen = versions
            .Where(v => v.Status == DefinitionStatus.Published && v.EffectiveFrom <= date)
            .OrderByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => v.Version)
            .FirstOrDefault();
        return chosen is null ? null : await GetAsync(definitionId, chosen.Version, cancellationToken);
    }

    /// <summary>One version, whatever its status (running instances keep using retired versions).</summary>
    public async Task<WorkflowDefinition> GetAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        if (cache.TryGet(definitionId, version, out var cached))
        {
            return cached;
        }

        var stored = await FindOrThrowAsync(definitionId, version, cancellationToken);
        var definition = DefinitionReader.ReadOrThrow(stored.Json) with { Status = stored.Status };
        if (stored.Status != DefinitionStatus.Draft)
        {
            cache.Set(definition);
        }

        return definition;
    }

    private async Task<StoredDefinition> FindOrThrowAsync(string definitionId, int version, CancellationToken cancellationToken) =>
        await store.FindDefinitionAsync(definitionId, version, cancellationToken)
            ?? throw new DefinitionCatalogException(CatalogRefusal.NotFound, $"No definition {definitionId} v{version}.");

    private void Audit(string definitionId, int version, DefinitionEventKind kind, string? actor, string detail) =>
        store.AddDefinitionEvent(new DefinitionEvent
        {
            Id = Guid.NewGuid(),
            DefinitionId = definitionId,
            Version = version,
            Kind = kind,
            Actor = actor,
            At = clock.GetUtcNow(),
            Detail = detail,
        });
}
