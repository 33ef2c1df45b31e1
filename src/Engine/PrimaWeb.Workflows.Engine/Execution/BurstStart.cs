using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Execution;

/// <summary>How a burst begins: tokens to run and/or a bookmark to resume. Replayed as is when the burst is retried.</summary>
internal sealed record BurstStart(IReadOnlyList<PendingToken> Tokens, Bookmark? Resume, JsonNode? Payload);
