using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// The JSON shape both ends use. Property names stay as written (PascalCase, like the XSD element names: SSIN,
/// PhoneticCriteria…), enums travel as their names, absent optional elements are left out. The domain's values (a
/// NISS, an address, a name) travel under the XSD names and are checked by the domain when read.
/// </summary>
public static class FederalJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new NissJsonConverter());
        options.Converters.Add(new AddressJsonConverter());
        options.Converters.Add(new PersonNameJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
