namespace PrimaWeb.Workflows.Web.Features.Workflows;

/// <summary>One stored definition version: <see cref="Status"/> is draft, published or retired.</summary>
public sealed record DefinitionSummaryDto(string Id, int Version, string Status, DateOnly EffectiveFrom, DateTimeOffset? PublishedAt, DateTimeOffset? RetiredAt);
