using System.Text.Json;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Domain.Identity;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>Writes a NISS as its eleven digits (the XSD SSIN type) and refuses any text that is not a valid one.</summary>
public sealed class NissJsonConverter : JsonConverter<Niss>
{
    public override Niss Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return Niss.TryParse(text, out var niss)
            ? niss
            : throw new JsonException($"'{text}' is not a valid SSIN.");
    }

    public override void Write(Utf8JsonWriter writer, Niss value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
