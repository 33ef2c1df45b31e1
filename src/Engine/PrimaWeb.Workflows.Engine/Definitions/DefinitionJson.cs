using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrimaWeb.Workflows.Engine.Definitions;

/// <summary>
/// The one written form of a definition: the form of the files under <c>definitions/</c>. Two spaces of indentation,
/// <c>"name": value</c>, letters outside ASCII written as themselves, a line feed at the end; properties in a fixed
/// order; what the reader would take by default left out (an activity's version 1, an absent display name, no inputs, a
/// connection's <c>Done</c> when every connection leaving that activity is <c>Done</c>). Reading a file and writing it
/// again gives the same bytes, so a version exported from the designer can be committed as the file, and a file
/// imported again finds its stored text unchanged.
/// </summary>
public static class DefinitionJson
{
    /// <summary>The schema every file names, relative to <c>definitions/&lt;id&gt;/</c>.</summary>
    public const string SchemaReference = "../schema/workflow-definition.v1.schema.json";

    private const string DefaultOutcome = "Done";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="definition"/> in the file form, with its own status.</summary>
    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteDefinition(writer, definition);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The status as the files spell it.</summary>
    public static string StatusName(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Draft => "draft",
        DefinitionStatus.Published => "published",
        DefinitionStatus.Retired => "retired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown definition status."),
    };

    private static void WriteDefinition(Utf8JsonWriter writer, WorkflowDefinition definition)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaReference);
        writer.WriteString("definitionId", definition.DefinitionId);
        writer.WriteNumber("version", definition.Version);
        writer.WriteString("name", definition.Name);
        if (definition.Description is not null)
        {
            writer.WriteString("description", definition.Description);
        }

        writer.WriteString("effectiveFrom", definition.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("status", StatusName(definition.Status));
        WriteVariables(writer, definition.Variables);
        WriteActivities(writer, definition.Activities);
        WriteConnections(writer, definition.Connections);
        if (definition.CustomProperties is { Count: > 0 } properties)
        {
            writer.WritePropertyName("customProperties");
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WritePropertyName(name);
                WriteNode(writer, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteVariables(Utf8JsonWriter writer, IReadOnlyList<VariableDefinition> variables)
    {
        writer.WriteStartArray("variables");
        foreach (var variable in variables)
        {
            writer.WriteStartObject();
            writer.WriteString("name", variable.Name);
            writer.WriteString("type", variable.Type);
            writer.WritePropertyName("default");
            WriteNode(writer, variable.Default);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteActivities(Utf8JsonWriter writer, IReadOnlyList<ActivityNode> activities)
    {
        writer.WriteStartArray("activities");
        foreach (var activity in activities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", activity.Id);
            writer.WriteString("type", activity.Type);
            if (activity.Version != 1)
            {
                writer.WriteNumber("version", activity.Version);
            }

            if (activity.DisplayName is not null)
            {
                writer.WriteString("displayName", activity.DisplayName);
            }

            if (activity.Inputs.Count > 0)
            {
                writer.WritePropertyName("inputs");
                writer.WriteStartObject();
                foreach (var (name, value) in activity.Inputs)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteConnections(Utf8JsonWriter writer, IReadOnlyList<Connection> connections)
    {
        // An activity whose connections all leave on Done (a task, a fork, a step with one outcome) is written without
        // the outcome; one that branches names every outcome, Done included, so the branches read side by side.
        var branching = connections
            .GroupBy(c => c.From, StringComparer.Ordinal)
            .Where(g => g.Any(c => !string.Equals(c.Outcome, DefaultOutcome, StringComparison.Ordinal)))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        writer.WriteStartArray("connections");
        foreach (var connection in connections)
        {
            writer.WriteStartObject();
            writer.WriteString("from", connection.From);
            if (branching.Contains(connection.From) || !string.Equals(connection.Outcome, DefaultOutcome, StringComparison.Ordinal))
            {
                writer.WriteString("outcome", connection.Outcome);
            }

            writer.WriteString("to", connection.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
            return;
        }

        node.WriteTo(writer);
    }
}
