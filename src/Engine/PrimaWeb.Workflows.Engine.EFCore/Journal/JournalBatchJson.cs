using System.Text.Json;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Engine.Journal;

namespace PrimaWeb.Workflows.Engine.EFCore.Journal;

/// <summary>
/// The persisted form of a batch's lines: a JSON array of objects with camelCase names, the event kind by name, absent
/// fields omitted. Persisted data: add fields, never rename them.
/// </summary>
public static class JournalBatchJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter<JournalEventKind>() },
    };

    public static string Write(IEnumerable<JournalEntry> entries) =>
        JsonSerializer.Serialize(entries.Select(e => new Line(e.Id, e.Sequence, e.Kind, e.ActivityId, e.ActivityType, e.Outcome, e.Actor, e.Message, e.DataJson, e.At)), Options);

    public static IEnumerable<JournalEntry> Read(JournalBatch batch) =>
        (JsonSerializer.Deserialize<List<Line>>(batch.LinesJson, Options) ?? []).Select(l => new JournalEntry
        {
            Id = l.Id,
            InstanceId = batch.InstanceId,
            Sequence = l.Sequence,
            Kind = l.Kind,
            ActivityId = l.ActivityId,
            ActivityType = l.ActivityType,
            Outcome = l.Outcome,
            Actor = l.Actor,
            Message = l.Message,
            DataJson = l.DataJson,
            At = l.At,
        });

    private sealed record Line(
        Guid Id, long Sequence, JournalEventKind Kind, string? ActivityId, string? ActivityType, string? Outcome, string? Actor, string? Message, string? DataJson, DateTimeOffset At);
}
