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
            }
        }
        else
        {
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
    public async Task PublishAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var stored = await FindOrThrowAsync(definitionId, version, cancellationToken);
        if (stored.Status != DefinitionStatus.Draft)
        {
            throw new InvalidOperationException($"{definitionId} v{version} is already {stored.Status.ToString().ToLowerInvariant()}.");
        }

        validator.EnsureValid(DefinitionReader.ReadOrThrow(stored.Json));
        stored.Status = DefinitionStatus.Published;
        stored.PublishedAt = clock.GetUtcNow();
        await store.SaveChangesAsync(cancellationToken);
        cache.Remove(definitionId, version);
    }

    /// <summary>Retires a published version: running instances go on, new starts are refused.</summary>
    public async Task RetireAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var stored = await FindOrThrowAsync(definitionId, version, cancellationToken);
        if (stored.Status != DefinitionStatus.Published)
        {
            throw new InvalidOperationException($"Only a published version can be retired; {definitionId} v{version} is {stored.Status.ToString().ToLowerInvariant()}.");
        }

        stored.Status = DefinitionStatus.Retired;
        stored.RetiredAt = clock.GetUtcNow();
        await store.SaveChangesAsync(cancellationToken);
        cache.Remove(definitionId, version);
    }

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
            ?? throw new InvalidOperationException($"No definition {definitionId} v{version}.");
}
