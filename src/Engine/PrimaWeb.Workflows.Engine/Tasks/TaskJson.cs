using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrimaWeb.Workflows.Engine.Tasks;

/// <summary>Serializer settings for task forms (persisted data: enum names, camel case).</summary>
internal static class TaskJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
