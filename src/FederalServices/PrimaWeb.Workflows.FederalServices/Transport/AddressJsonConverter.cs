using System.Text.Json;
using System.Text.Json.Serialization;
using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.People;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// An <see cref="Address"/> under the registers' element names (StreetName, HouseNumber, BoxNumber, PostalCode,
/// Municipality, CountryCode). Reading builds the domain's address, so an address the domain refuses (a Belgian postal
/// code of three digits, a missing street) makes the message malformed, naming the element, instead of entering the
/// application.
/// </summary>
public sealed class AddressJsonConverter : JsonConverter<Address>
{
    public override Address Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = TextFields.Read(ref reader, nameof(Address));
        try
        {
            return new Address(
                fields.GetValueOrDefault("StreetName") ?? "",
                fields.GetValueOrDefault("HouseNumber") ?? "",
                fields.GetValueOrDefault("BoxNumber"),
                fields.GetValueOrDefault("PostalCode") ?? "",
                fields.GetValueOrDefault("Municipality") ?? "",
                fields.GetValueOrDefault("CountryCode") ?? "BE");
        }
        catch (DomainValidationException refusal)
        {
            throw new JsonException($"{nameof(Address)}.{ElementOf(refusal.Field)}: {refusal.Message}", refusal);
        }
    }

    public override void Write(Utf8JsonWriter writer, Address value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("StreetName", value.Street);
        writer.WriteString("HouseNumber", value.HouseNumber);
        TextFields.WriteIfPresent(writer, "BoxNumber", value.Box);
        writer.WriteString("PostalCode", value.PostalCode);
        writer.WriteString("Municipality", value.Municipality);
        writer.WriteString("CountryCode", value.CountryCode);
        writer.WriteEndObject();
    }

    private static string ElementOf(string field) => field switch
    {
        nameof(Address.Street) => "StreetName",
        nameof(Address.Box) => "BoxNumber",
        _ => field,
    };
}
