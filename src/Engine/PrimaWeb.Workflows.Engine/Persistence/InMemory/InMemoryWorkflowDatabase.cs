using System.Text.Json;

namespace PrimaWeb.Workflows.Engine.Persistence.InMemory;

/// <summary>
/// Committed rows shared by every <see cref="InMemoryWorkflowStore"/> of a process (register it as a singleton). Rows
/// are kept as JSON so that a session works on copies: uncommitted changes never leak, and a stale write is detected.
/// </summary>
public sealed class InMemoryWorkflowDatabase
{
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.General);

    internal object Gate { get; } = new();

    internal IEnumerable<KeyValuePair<string, Row>> Rows(Type type)
    {
        lock (Gate)
        {
            return _rows.Where(r => r.Value.Type == type).ToList();
        }
    }

    internal Row? Find(string key)
    {
        lock (Gate)
        {
            return _rows.GetValueOrDefault(key);
        }
    }

    /// <summary>Applies a session's changes, or none when a row it read has changed since (caller holds <see cref="Gate"/>).</summary>
    internal void Apply(IReadOnlyList<(string Key, Row? Row, Guid? ExpectedStamp)> changes)
    {
        foreach (var (key, _, expected) in changes)
        {
            if (expected is { } stamp && (!_rows.TryGetValue(key, out var current) || current.Stamp != stamp))
            {
                throw new WorkflowConcurrencyException($"Row {key} was changed by someone else.");
            }
        }

        foreach (var (key, row, _) in changes)
        {
            if (row is null)
            {
                _rows.Remove(key);
            }
            else
            {
                _rows[key] = row;
            }
        }
    }

    internal sealed record Row(Type Type, string Json, Guid Stamp);
}
