using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrimaWeb.Workflows.FederalServices.Transport;

/// <summary>
/// The JSON shape both ends use. Property names stay as written (PascalCase, like the XSD element names: SSIN,
/// PhoneticCriteria…), enums travel as their names, absent optional elements are left out.
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
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
