using System.Text.Json;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// A <see cref="PersonName"/> as LastName, FirstName and MiddleName. Reading builds the domain's name, so a name the
/// domain refuses (empty, with digits) makes the message malformed, naming the element.
/// </summary>
public sealed class PersonNameJsonConverter : JsonConverter<PersonName>
{
    public override PersonName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = TextFields.Read(ref reader, nameof(PersonName));
        try
        {
            return new PersonName(fields.GetValueOrDefault("LastName") ?? "", fields.GetValueOrDefault("FirstName") ?? "", fields.GetValueOrDefault("MiddleName"));
        }
        catch (DomainValidationException refusal)
        {
            throw new JsonException($"{nameof(PersonName)}.{refusal.Field}: {refusal.Message}", refusal);
        }
    }

    public override void Write(Utf8JsonWriter writer, PersonName value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("LastName", value.LastName);
        writer.WriteString("FirstName", value.FirstName);
        TextFields.WriteIfPresent(writer, "MiddleName", value.MiddleName);
        writer.WriteEndObject();
    }
}
