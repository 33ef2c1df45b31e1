using System.Text.Json;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// Reads a JSON object whose members are all text (an address, a name), for the converters that build a domain value
/// from it. Members the value does not know are skipped, as for every other record of the contract.
/// </summary>
internal static class TextFields
{
    public static Dictionary<string, string?> Read(ref Utf8JsonReader reader, string element)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{element} must be an object.");
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            fields[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"{element}.{name} must be text."),
            };
        }

        return fields;
    }

    public static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
